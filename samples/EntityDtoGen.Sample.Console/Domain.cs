using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using EntityDtoGen;
using Microsoft.EntityFrameworkCore;

namespace EntityDtoGen.Sample;

/// <summary>A person who takes assessments.</summary>
[GenerateDtos]
public class User
{
    public Guid Id { get; set; }

    /// <summary>The address the user signs in with.</summary>
    [EmailAddress, MaxLength(256)]
    public required string Email { get; set; }

    [Secret]
    public string HashedPassword { get; set; } = "";

    [ServerGenerated]
    public DateTime CreatedAt { get; set; }

    [MaxLength(100)]
    public string? DisplayName { get; set; }

    public Guid? CoachId { get; set; }

    [IncludeInRead]
    public List<Assessment> Assessments { get; set; } = [];
}

[GenerateDtos]
public class Assessment
{
    public Guid Id { get; set; }

    [Required, MaxLength(200)]
    public required string Title { get; set; }

    public string? Description { get; set; }

    public Guid OwnerId { get; set; }

    public User Owner { get; set; } = null!;

    public DateTime? CompletedAt { get; set; }

    [IncludeInRead]
    public List<Question> Questions { get; set; } = [];
}

[GenerateDtos]
public class Question
{
    public Guid Id { get; set; }

    public Guid AssessmentId { get; set; }

    [Required, MaxLength(1000)]
    public string Text { get; set; } = "";
}

[GenerateDtos]
[PrimaryKey(nameof(UserId), nameof(QuestionId))]
public class UserAnswer
{
    public Guid UserId { get; set; }

    public Guid QuestionId { get; set; }

    [Range(0, 10)]
    public int Score { get; set; }
}

/// <summary>The client sends a password; the entity stores only its hash.</summary>
public partial record UserCreate
{
    [Required, MinLength(8)]
    public required string Password { get; init; }
}

public static partial class UserDtoMappings
{
    static partial void OnToEntity(UserCreate source, User entity)
    {
        entity.HashedPassword = PasswordHasher.Hash(source.Password);
        entity.CreatedAt = DateTime.UtcNow;
    }
}
