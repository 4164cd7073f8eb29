using System;
using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace EntityDtoGen.Sample.Api.Domain;

/// <summary>A user's answer to a question: one per user and question.</summary>
[GenerateDtos]
[PrimaryKey(nameof(UserId), nameof(QuestionId))]
public class UserAnswer
{
    public Guid UserId { get; set; }

    public Guid QuestionId { get; set; }

    public User User { get; set; } = null!;

    public Question Question { get; set; } = null!;

    [Range(0, 10)]
    public int Score { get; set; }

    [MaxLength(500)]
    public string? Comment { get; set; }

    /// <summary>When the user first answered; set by the server.</summary>
    [ServerGenerated]
    public DateTime AnsweredAt { get; set; }
}

public static partial class UserAnswerDtoMappings
{
    // Runs in ToEntity and so in UpsertAsync's insert; an update leaves the first answer's time as it is.
    static partial void OnToEntity(UserAnswerCreate source, UserAnswer entity) => entity.AnsweredAt = DateTime.UtcNow;
}
