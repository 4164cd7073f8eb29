namespace EntityDtoGen.Tests;

/// <summary>Entity sources shared by the generator tests.</summary>
public static class TestSources
{
    /// <summary>Stand-ins for the EF Core attributes the generator recognises by metadata name, so tests need no EF Core reference.</summary>
    public const string EfCoreAttributes = """
        namespace Microsoft.EntityFrameworkCore
        {
            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class OwnedAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class PrimaryKeyAttribute : System.Attribute
            {
                public PrimaryKeyAttribute(string propertyName, params string[] additionalPropertyNames) { }
            }
        }
        """;

    /// <summary>The seed domain: Guid keys, a secret hash, server-set CreatedAt, nullable description and CompletedAt, an optional CoachId.</summary>
    public const string SeedDomain = """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using EntityDtoGen;
        using Microsoft.EntityFrameworkCore;

        namespace Seed.Domain;

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

            /// <summary>The coach of this user, if any; see <see cref="User"/>.</summary>
            public Guid? CoachId { get; set; }

            public User? Coach { get; set; }

            [IncludeInRead]
            public List<Assessment> Assessments { get; set; } = [];
        }

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

            public string? Comment { get; set; }

            [ServerGenerated]
            public DateTime AnsweredAt { get; set; }
        }
        """;
}
