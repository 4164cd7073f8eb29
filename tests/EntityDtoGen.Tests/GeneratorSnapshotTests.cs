using System.Linq;
using System.Runtime.CompilerServices;
using EntityDtoGen.Tests.Infrastructure;
using Xunit;

namespace EntityDtoGen.Tests;

/// <summary>
/// The generated code as users see it. Each test also proves the output compiles with zero diagnostics for
/// net10.0 (newest C#) and net8.0 (C# 12).
/// </summary>
public sealed class GeneratorSnapshotTests
{
    [Fact]
    public void SeedDomain() => Verify([TestSources.EfCoreAttributes, TestSources.SeedDomain]);

    /// <summary>
    /// The seed domain compiled against real EF Core: what EF Core adds to User's code, the Includes helpers, a
    /// no-tracking and checked SelectRead, and the model checks. The DTOs themselves are the same as in <see cref="SeedDomain"/>.
    /// </summary>
    [Fact]
    public void SeedDomainWithEfCore()
    {
        var run = GeneratorHarness.RunWithEfCoreAndAssertClean(TestSources.SeedDomain);
        Snapshot.MatchAll(run.GeneratedFiles.Where(f => f.HintName is "Seed.Domain.User.Includes.g.cs" or "Seed.Domain.User.DtoMappings.g.cs" or "EntityDtoGen.ModelChecks.g.cs" or "EntityDtoGen.DtoIncludes.g.cs" or "EntityDtoGen.DtoModelCheck.g.cs"));
    }

    /// <summary>
    /// UpsertAsync for each kind of conflict target Create can carry (a client key, a composite key, an [Index] and a
    /// fluent unique index), and none where Create carries no target (a server-generated key and no unique index).
    /// </summary>
    [Fact]
    public void UpsertConflictTargets()
    {
        var run = GeneratorHarness.RunWithEfCoreAndAssertClean("""
            using System;
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations.Schema;
            using EntityDtoGen;
            using Microsoft.EntityFrameworkCore;

            namespace Upserts;

            [GenerateDtos]
            public class Setting
            {
                [System.ComponentModel.DataAnnotations.Key, DatabaseGenerated(DatabaseGeneratedOption.None)]
                public string Name { get; set; } = "";

                public string Value { get; set; } = "";
            }

            [GenerateDtos, PrimaryKey(nameof(CourseId), nameof(StudentId))]
            public class Enrollment
            {
                public int CourseId { get; set; }

                public int StudentId { get; set; }

                public int? Grade { get; set; }
            }

            [GenerateDtos, Index(nameof(Email), IsUnique = true)]
            public class Member
            {
                public Guid Id { get; set; }

                public required string Email { get; set; }

                [CreateOnly]
                public string? Nickname { get; set; }

                public string? DisplayName { get; set; }
            }

            [GenerateDtos]
            public class Product
            {
                public int Id { get; set; }

                public required string Sku { get; set; }

                public decimal Price { get; set; }

                [IncludeInRead]
                public List<Review> Reviews { get; set; } = [];
            }

            [GenerateDtos]
            public class Review
            {
                public int Id { get; set; }

                public int ProductId { get; set; }

                public string Text { get; set; } = "";
            }

            public sealed class ShopDb(DbContextOptions<ShopDb> options) : DbContext(options)
            {
                protected override void OnModelCreating(ModelBuilder modelBuilder) =>
                    modelBuilder.Entity<Product>().HasIndex(p => p.Sku).IsUnique();
            }
            """);

        Assert.DoesNotContain(run.GeneratedFiles, f => f.HintName == "Upserts.Review.Upsert.g.cs");
        Snapshot.MatchAll(run.GeneratedFiles.Where(f => f.HintName.EndsWith(".Upsert.g.cs", System.StringComparison.Ordinal) || f.HintName == "EntityDtoGen.DtoUpsert.g.cs"));
    }

    [Fact]
    public void InheritedBaseEntity() => Verify("""
        using System;
        using EntityDtoGen;

        namespace Shop;

        public abstract class BaseEntity
        {
            public Guid Id { get; set; }

            [ServerGenerated]
            public DateTime CreatedAt { get; set; }

            public virtual string? Notes { get; set; }
        }

        public abstract class AuditedEntity<TUser> : BaseEntity
        {
            public TUser? ModifiedBy { get; set; }
        }

        [GenerateDtos]
        public class Product : AuditedEntity<string>
        {
            public required string Name { get; set; }

            [Secret]
            public override string? Notes { get; set; }

            public decimal Price { get; set; }
        }
        """);

    [Fact]
    public void EveryMarker() => Verify([TestSources.EfCoreAttributes, """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using System.ComponentModel.DataAnnotations.Schema;
        using EntityDtoGen;
        using Microsoft.EntityFrameworkCore;

        namespace Markers;

        public enum Status { Draft, Published }

        [Owned]
        public class Address
        {
            public string Street { get; set; } = "";
        }

        [ComplexType]
        public record Money(decimal Amount, string Currency);

        [GenerateDtos(Kinds = DtoKinds.Read)]
        public class Tag
        {
            public int Id { get; set; }

            public string? Label { get; set; }
        }

        [GenerateDtos]
        public class Article
        {
            [Key]
            public int Number { get; set; }

            [Secret]
            public string? InternalNotes { get; set; }

            [ServerGenerated]
            public DateTime UpdatedAt { get; set; }

            [CreateOnly]
            public required string Slug { get; set; }

            [DatabaseGenerated(DatabaseGeneratedOption.Computed)]
            public int WordCount { get; set; }

            [DatabaseGenerated(DatabaseGeneratedOption.Identity)]
            public long Sequence { get; set; }

            [NotMapped]
            public string? Scratch { get; set; }

            public string Title { get; set; } = "Untitled";

            public Status Status { get; set; } = Status.Published;

            public int Priority { get; set; } = 3;

            public double Ratio { get; set; } = 0.5;

            public string Summary { get; set; } = string.Empty;

            public List<string> Keywords { get; set; } = [];

            public int[] Scores { get; set; } = Array.Empty<int>();

            public HashSet<Guid> Related { get; set; } = new();

            public byte[]? Thumbnail { get; set; }

            public DateTime PublishAt { get; set; } = DateTime.UtcNow;

            public DateOnly? EmbargoUntil { get; set; }

            public TimeSpan ReadingTime { get; set; }

            public Uri? Canonical { get; set; }

            public Address Address { get; set; } = new();

            public Money? Price { get; set; }

            public string Author { get; init; } = null!;

            public string? Reviewer { get; private set; }

            public Guid RevisionId { get; }

            public string Display => Title + " (" + Slug + ")";

            public static int Instances { get; set; }

            internal string? InternalOnly { get; set; }

            public string this[int index] => Title;

            public List<Tag> Tags { get; set; } = [];

            [IncludeInRead]
            public Tag? PrimaryTag { get; set; }
        }
        """]);

    [Fact]
    public void ValidationAttributes() => Verify("""
        using System;
        using System.ComponentModel;
        using System.ComponentModel.DataAnnotations;
        using System.ComponentModel.DataAnnotations.Schema;
        using EntityDtoGen;

        namespace Validation;

        [AttributeUsage(AttributeTargets.Property)]
        public sealed class SlugAttribute : ValidationAttribute
        {
            public override bool IsValid(object? value) => value is not string s || !s.Contains(' ');
        }

        [GenerateDtos]
        public class Signup
        {
            public int Id { get; set; }

            [Required(ErrorMessage = "We need \"your\" name."), StringLength(50, MinimumLength = 2)]
            public string Name { get; set; } = "";

            [EmailAddress, MaxLength(256), Column("email_address")]
            public string? Email { get; set; }

            [Phone]
            public string? Phone { get; set; }

            [Url]
            public string? Website { get; set; }

            [Range(0.5, 99.5)]
            public double Score { get; set; }

            [Range(typeof(decimal), "0", "1000")]
            public decimal Budget { get; set; }

            [RegularExpression(@"^[a-z]+\d*$")]
            public string? Handle { get; set; }

            [AllowedValues("free", "pro", null)]
            public string? Plan { get; set; }

            [Length(1, 5)]
            public string[] Interests { get; set; } = [];

            [Compare(nameof(Name))]
            public string? NameAgain { get; set; }

            [Slug, Description("Not a validation attribute, so not carried.")]
            public string? Slug { get; set; }
        }
        """);

    [Fact]
    public void KeywordPropertyNames() => Verify("""
        using EntityDtoGen;

        namespace @class.@namespace;

        [GenerateDtos]
        public class @event
        {
            public int Id { get; set; }

            public string? @class { get; set; }

            public int @params { get; set; }

            public bool @default { get; set; } = true;

            public string? record { get; set; }
        }
        """);

    [Fact]
    public void SameNameInTwoNamespaces() => Verify(
        [
        """
        using EntityDtoGen;

        namespace Billing
        {
            [GenerateDtos]
            public class Customer
            {
                public int Id { get; set; }

                public string? InvoiceEmail { get; set; }
            }
        }
        """,
        """
        using EntityDtoGen;

        namespace Crm
        {
            [GenerateDtos]
            internal class Customer
            {
                public int Id { get; set; }

                public string? Phone { get; set; }
            }
        }
        """]);

    [Fact]
    public void DtoKindsSubsets() => Verify("""
        using EntityDtoGen;

        namespace Kinds;

        [GenerateDtos(Kinds = DtoKinds.Read)]
        public class AuditEntry
        {
            public long Id { get; set; }

            public string Message { get; set; } = "";
        }

        [GenerateDtos(Kinds = DtoKinds.Create | DtoKinds.Read)]
        public class Comment
        {
            public int Id { get; set; }

            public required string Body { get; set; }
        }

        [GenerateDtos(Kinds = DtoKinds.Update)]
        public class Setting
        {
            public int Id { get; set; }

            public string? Value { get; set; }
        }

        [GenerateDtos(Kinds = DtoKinds.None)]
        public class Ignored
        {
            public int Id { get; set; }
        }
        """);

    [Fact]
    public void GlobalNamespaceAndNestedEntity() => Verify("""
        using EntityDtoGen;

        [GenerateDtos]
        public class Note
        {
            public int Id { get; set; }

            public string? Text { get; set; }
        }

        namespace Nesting
        {
            public class Module
            {
                [GenerateDtos]
                public class Widget
                {
                    public int Id { get; set; }

                    public string? Label { get; set; }
                }
            }
        }
        """);

    [Fact]
    public void SupplierAndHooks() => Verify("""
        using System;
        using EntityDtoGen;

        namespace Accounts;

        [GenerateDtos]
        public class Account
        {
            public Guid Id { get; set; }

            public required string Email { get; set; }

            [Secret]
            public required string HashedPassword { get; set; }

            [ServerGenerated]
            public DateTime CreatedAt { get; set; }
        }

        public partial record AccountCreate
        {
            [Secret]
            public required string Password { get; init; }

            public bool RememberMe { get; init; }
        }

        public static partial class AccountDtoMappings
        {
            private static string CreateHashedPassword(AccountCreate source) => "hash:" + source.Password;

            private static DateTime CreateCreatedAt(AccountCreate source) => new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

            static partial void OnApplyTo(AccountUpdate update, Account entity) => entity.Email = entity.Email.Trim();
        }
        """);

    private static void Verify(string source, [CallerFilePath] string file = "", [CallerMemberName] string test = "") =>
        Verify([source], file, test);

    private static void Verify(string[] sources, [CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        var run = GeneratorHarness.RunAndAssertClean(sources);
        Snapshot.MatchAll(run.GeneratedFiles, file, test);
    }
}
