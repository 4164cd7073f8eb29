using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace EntityDtoGen.BuildCheck;

/// <summary>Shared audit columns.</summary>
public abstract class AuditedEntity
{
    /// <summary>Gets or sets the key.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets when the row was created.</summary>
    [ServerGenerated]
    public DateTime CreatedAt { get; set; }
}

/// <summary>A person who takes assessments.</summary>
[GenerateDtos]
public class User : AuditedEntity
{
    /// <summary>Gets or sets the address the user signs in with; see <see cref="User"/>.</summary>
    [EmailAddress, MaxLength(256)]
    public required string Email { get; set; }

    /// <summary>Gets or sets the password hash.</summary>
    [Secret]
    public string HashedPassword { get; set; } = "";

    /// <summary>Gets or sets the display name.</summary>
    [MaxLength(100)]
    public string? DisplayName { get; set; }

    /// <summary>Gets or sets the postal address.</summary>
    public Address? Address { get; set; }

    /// <summary>Gets or sets the role.</summary>
    public Role Role { get; set; } = Role.Member;

    /// <summary>Gets the user's assessments.</summary>
    [IncludeInRead]
    public ICollection<Assessment> Assessments { get; } = new List<Assessment>();
}

/// <summary>What a user may do.</summary>
public enum Role
{
    /// <summary>A member.</summary>
    Member,

    /// <summary>A coach.</summary>
    Coach,
}

/// <summary>An owned postal address.</summary>
[Owned]
public class Address
{
    /// <summary>Gets or sets the city.</summary>
    [MaxLength(50)]
    public string? City { get; set; }
}

/// <summary>A set of questions.</summary>
[GenerateDtos]
public class Assessment : AuditedEntity
{
    /// <summary>Gets or sets the title.</summary>
    [Required, StringLength(200, MinimumLength = 3)]
    public required string Title { get; set; }

    /// <summary>Gets or sets the owner's key.</summary>
    public Guid OwnerId { get; set; }

    /// <summary>Gets or sets the owner.</summary>
    public User? Owner { get; set; }

    /// <summary>Gets the questions.</summary>
    [IncludeInRead]
    public ICollection<Question> Questions { get; } = new List<Question>();
}

/// <summary>One question.</summary>
[GenerateDtos]
public class Question : AuditedEntity
{
    /// <summary>Gets or sets the assessment's key.</summary>
    public Guid AssessmentId { get; set; }

    /// <summary>Gets or sets the text.</summary>
    [Required, MaxLength(1000)]
    public string Text { get; set; } = "";

    /// <summary>Gets or sets the position.</summary>
    [Range(1, 100)]
    public int Order { get; set; }
}

/// <summary>A user's answer, keyed by user and question.</summary>
[GenerateDtos]
[PrimaryKey(nameof(UserId), nameof(QuestionId))]
public class UserAnswer
{
    /// <summary>Gets or sets the user's key.</summary>
    public Guid UserId { get; set; }

    /// <summary>Gets or sets the question's key.</summary>
    public Guid QuestionId { get; set; }

    /// <summary>Gets or sets the score.</summary>
    [Range(0, 10)]
    public int Score { get; set; }
}

/// <summary>Input the entity does not store.</summary>
public partial record UserCreate
{
    /// <summary>Gets the password to hash.</summary>
    [Secret, Required, MinLength(8)]
    public required string Password { get; init; }
}

/// <summary>Hooks for <see cref="User"/>.</summary>
public static partial class UserDtoMappings
{
    private static string CreateHashedPassword(UserCreate source) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(source.Password));
}
