using System.Linq;
using System.Runtime.CompilerServices;
using EntityDtoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EntityDtoGen.Tests;

/// <summary>SPEC "Read shapes": shapes the user declares, bound by name, with the Read DTO's guarantees.</summary>
public sealed class ReadShapeTests
{
    private const string Shapes = """
        using System;
        using System.Collections.Generic;
        using EntityDtoGen;

        namespace Seed.Shapes;

        using Seed.Domain;

        /// <summary>A user in a list: flattened, counted, nested.</summary>
        [ReadShape(typeof(User))]
        public partial record UserSummary
        {
            public Guid Id { get; init; }
            public required string Email { get; init; }
            public string? CoachDisplayName { get; init; }
            public Guid? CoachId { get; init; }
            public string? CoachCoachEmail { get; init; }
            public int AssessmentsCount { get; init; }
            public required IReadOnlyList<AssessmentBrief> Assessments { get; init; }
        }

        [ReadShape(typeof(Assessment))]
        public partial record AssessmentBrief
        {
            public Guid Id { get; init; }
            public string Title { get; init; } = "";
            public string OwnerEmail { get; init; } = "";
            public long QuestionsCount { get; init; }
            public QuestionRead[] Questions { get; init; } = [];
        }

        [ReadShape(typeof(UserAnswer))]
        public partial record AnswerLine
        {
            public int Score { get; init; }
            public string QuestionText { get; init; } = "";
            public required QuestionRead Question { get; init; }
            public UserRead? User { get; init; }
        }
        """;

    [Fact]
    public void FlattenedCountedAndNestedShapes() => Verify([TestSources.SeedDomain, Shapes]);

    [Fact]
    public void AShapeThatReadsASecretDoesNotCompile()
    {
        var run = GeneratorHarness.RunWithEfCoreAndAssertClean(TestSources.SeedDomain, """
            using EntityDtoGen;

            namespace Seed.Shapes;

            [ReadShape(typeof(Seed.Domain.User))]
            public partial record Leak
            {
                public string? HashedPassword { get; init; }
                public string? CoachHashedPassword { get; init; }
            }
            """);

        var diagnostics = run.AnalyzerDiagnostics().Where(d => d.Id.StartsWith("EDG01", System.StringComparison.Ordinal)).ToArray();
        Assert.Equal(["EDG015", "EDG015"], diagnostics.Select(d => d.Id));
        Assert.Equal("'Leak.HashedPassword' reads the secret 'User.HashedPassword' ([Secret])", diagnostics[0].GetMessage());
        Assert.Equal("'Leak.CoachHashedPassword' reads the secret 'User.HashedPassword' ([Secret])", diagnostics[1].GetMessage());
        Assert.DoesNotContain(run.GeneratedFiles, f => f.HintName.StartsWith("Seed.Shapes.Leak", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("public string? Nickname { get; init; }", "Nickname", "EDG016", "'Bad.Nickname' binds to nothing: 'User' has no member 'Nickname', no path of references that spells it, and no collection to count by that name")]
    [InlineData("public string CoachDisplayName { get; init; } = \"\";", "CoachDisplayName", "EDG017", "'Bad.CoachDisplayName' does not fit what it binds to: 'Coach.DisplayName' may be null, and string cannot hold null: declare it string?")]
    [InlineData("public List<Assessment> Assessments { get; init; } = [];", "Assessments", "EDG017", "'Bad.Assessments' does not fit what it binds to: 'User.Assessments' is a navigation: declare the member as AssessmentRead, a shape of Assessment, or a list of them")]
    [InlineData("public List<QuestionRead> Assessments { get; init; } = [];", "Assessments", "EDG017", "'Bad.Assessments' does not fit what it binds to: 'QuestionRead' is neither AssessmentRead nor a shape of Assessment")]
    [InlineData("public AssessmentRead? Assessments { get; init; }", "Assessments", "EDG017", "'Bad.Assessments' does not fit what it binds to: 'User.Assessments' is a collection navigation: declare the member as a list or array of AssessmentRead or of a shape of Assessment")]
    [InlineData("public int Email { get; init; }", "Email", "EDG017", "'Bad.Email' does not fit what it binds to: 'User.Email' is string, which does not convert to int")]
    [InlineData("public string? AssessmentsCount { get; init; }", "AssessmentsCount", "EDG017", "'Bad.AssessmentsCount' does not fit what it binds to: a count is an int or a long")]
    [InlineData("public Guid Id { get; }", "Id", "EDG017", "'Bad.Id' does not fit what it binds to: it has no setter, so the projection cannot set it")]
    [InlineData("public List<AssessmentRead> CoachAssessments { get; init; } = [];", "CoachAssessments", "EDG017", "'Bad.CoachAssessments' does not fit what it binds to: 'Coach.Assessments' may be null, and List<AssessmentRead> cannot hold null: declare it List<AssessmentRead>?")]
    [InlineData("public record AssessmentRead; public List<AssessmentRead> Assessments { get; init; } = [];", "Assessments", "EDG017", "'Bad.Assessments' does not fit what it binds to: 'Seed.Shapes.Bad.AssessmentRead' is not the generated 'Seed.Domain.AssessmentRead'")]
    [InlineData("public string? DisplayNameCount { get; init; }", "DisplayNameCount", "EDG016", "'Bad.DisplayNameCount' binds to nothing: 'User' has no member 'DisplayNameCount', no path of references that spells it, and no collection to count by that name")]
    public void AMemberThatCannotBeBoundIsAnErrorAtTheMember(string member, string name, string id, string message)
    {
        var run = GeneratorHarness.Run(TargetFramework.Net10.WithEntityFrameworkCore(), TestSources.SeedDomain, $$"""
            using System;
            using System.Collections.Generic;
            using EntityDtoGen;
            using Seed.Domain;

            namespace Seed.Shapes;

            [ReadShape(typeof(User))]
            public partial record Bad
            {
                public string Email2 => "computed, not bound";

                {{member}}
            }
            """);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics(), d => d.Id.StartsWith("EDG", System.StringComparison.Ordinal));
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.DefaultSeverity);
        Assert.Equal(message, diagnostic.GetMessage());
        Assert.Equal(name, diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.DoesNotContain(run.GeneratedFiles, f => f.HintName.StartsWith("Seed.Shapes.Bad", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[ReadShape(typeof(User))] public partial record Positional(Guid Id);", "Positional", "it is a positional record; declare its members as init properties, which the projection sets by name")]
    [InlineData("[ReadShape(typeof(User))] public record Sealed { public Guid Id { get; init; } }", "Sealed", "it is not partial, so the generator cannot add its Projection")]
    [InlineData("[ReadShape(typeof(User))] public partial class Plain { public Guid Id { get; init; } }", "Plain", "it is not a record class")]
    [InlineData("public class Outer { [ReadShape(typeof(User))] public partial record Inner { public Guid Id { get; init; } } }", "Inner", "it is nested in another type")]
    [InlineData("[ReadShape(typeof(IDisposable))] public partial record OfInterface { public Guid Id { get; init; } }", "OfInterface", "its entity 'IDisposable' is not a non-generic class")]
    public void EDG018_ATypeThatCannotBeAShape(string declaration, string name, string reason)
    {
        var run = GeneratorHarness.Run(TargetFramework.Net10.WithEntityFrameworkCore(), TestSources.SeedDomain, "using System; using EntityDtoGen; using Seed.Domain; namespace Seed.Shapes; " + declaration);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics(), d => d.Id.StartsWith("EDG", System.StringComparison.Ordinal));
        Assert.Equal("EDG018", diagnostic.Id);
        Assert.Equal($"[ReadShape] cannot make '{name}' a read shape: {reason}", diagnostic.GetMessage());
        Assert.Equal(name, diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.Empty(run.Result.Diagnostics);
    }

    [Fact]
    public void EDG019_ShapesThatNestEachOther()
    {
        var run = GeneratorHarness.Run(TargetFramework.Net10.WithEntityFrameworkCore(), TestSources.SeedDomain, """
            using System.Collections.Generic;
            using EntityDtoGen;
            using Seed.Domain;

            namespace Seed.Shapes;

            [ReadShape(typeof(User))]
            public partial record UserCard
            {
                public List<AssessmentCard> Assessments { get; init; } = [];
            }

            [ReadShape(typeof(Assessment))]
            public partial record AssessmentCard
            {
                public UserCard? Owner { get; init; }
            }
            """);

        var diagnostics = run.AnalyzerDiagnostics().Where(d => d.Id == "EDG019").ToArray();
        Assert.Equal(2, diagnostics.Length);
        Assert.Equal("Read shapes nest each other in a cycle: UserCard -> AssessmentCard -> UserCard", diagnostics.Single(d => d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan) == "UserCard").GetMessage());
        Assert.DoesNotContain(run.GeneratedFiles, f => f.HintName.StartsWith("Seed.Shapes.", System.StringComparison.Ordinal));
        Assert.Empty(run.Result.Diagnostics);
    }

    private static void Verify(string[] sources, [CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        var run = GeneratorHarness.RunWithEfCoreAndAssertClean(sources);
        Assert.Empty(run.AnalyzerDiagnostics());
        Snapshot.MatchAll(run.GeneratedFiles.Where(f => f.HintName.StartsWith("Seed.Shapes.", System.StringComparison.Ordinal)), file, test);
    }
}
