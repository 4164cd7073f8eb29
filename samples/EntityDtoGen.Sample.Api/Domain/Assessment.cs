using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace EntityDtoGen.Sample.Api.Domain;

/// <summary>A set of questions a user works through.</summary>
[GenerateDtos]
public class Assessment
{
    public Guid Id { get; set; }

    [Required, StringLength(200, MinimumLength = 3)]
    public required string Title { get; set; }

    public string? Description { get; set; }

    public Guid OwnerId { get; set; }

    public User Owner { get; set; } = null!;

    public DateTime? CompletedAt { get; set; }

    [ServerGenerated]
    public DateTime CreatedAt { get; set; }

    [IncludeInRead]
    public List<Question> Questions { get; set; } = [];
}

/// <summary>One question of an assessment.</summary>
[GenerateDtos]
public class Question
{
    public Guid Id { get; set; }

    public Guid AssessmentId { get; set; }

    public Assessment Assessment { get; set; } = null!;

    [Required, MaxLength(1000)]
    public string Text { get; set; } = "";

    [Range(1, 100)]
    public int Order { get; set; }
}
