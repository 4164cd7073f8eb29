using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace EntityDtoGen.Behavior.Tests.Domain;

public abstract class BaseEntity
{
    public Guid Id { get; set; }

    [ServerGenerated]
    public DateTime CreatedAt { get; set; }
}

[GenerateDtos]
public class User : BaseEntity
{
    [EmailAddress, MaxLength(256)]
    public required string Email { get; set; }

    [Secret]
    public string HashedPassword { get; set; } = "";

    [MaxLength(100)]
    public string? DisplayName { get; set; }

    public Guid? CoachId { get; set; }

    public User? Coach { get; set; }

    public Role Role { get; set; } = Role.Member;

    public Address? Address { get; set; }

    [IncludeInRead]
    public List<Assessment> Assessments { get; set; } = [];
}

/// <summary>An owned value: carried into the DTOs as the same type, with its own validation.</summary>
[Owned]
public class Address
{
    [MaxLength(20)]
    public string? City { get; set; }
}

public enum Role
{
    Member,
    Coach,
}

[GenerateDtos]
public class Assessment : BaseEntity
{
    [Required, StringLength(200, MinimumLength = 3)]
    public required string Title { get; set; }

    public string? Description { get; set; }

    public Guid OwnerId { get; set; }

    public User Owner { get; set; } = null!;

    public DateTime? CompletedAt { get; set; }

    [CreateOnly]
    public string Kind { get; set; } = "quiz";

    [IncludeInRead]
    public List<Question> Questions { get; set; } = [];
}

[GenerateDtos]
public class Question : BaseEntity
{
    public Guid AssessmentId { get; set; }

    [Required, MaxLength(1000)]
    public string Text { get; set; } = "";

    [Range(1, 100)]
    public int Order { get; set; }
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

/// <summary>A required secret that only a supplier method can fill.</summary>
[GenerateDtos]
public class ApiKey
{
    public int Id { get; set; }

    public required string Name { get; set; }

    [Secret]
    public required string KeyHash { get; set; }
}
