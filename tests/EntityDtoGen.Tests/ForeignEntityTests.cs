using System.Linq;
using System.Runtime.CompilerServices;
using EntityDtoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EntityDtoGen.Tests;

/// <summary>
/// <c>[assembly: GenerateDtosFor(typeof(E))]</c>: DTOs, mappings, includes and shapes for entities of a referenced class
/// library, read from metadata (SPEC "Attributes").
/// </summary>
public sealed class ForeignEntityTests
{
    private const string Domain = """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using EntityDtoGen;

        namespace Domain;

        public class User
        {
            public Guid Id { get; set; }

            [EmailAddress, MaxLength(256)]
            public required string Email { get; set; }

            [Secret]
            public string HashedPassword { get; set; } = "";

            /// <summary>The name other users see.</summary>
            public string? DisplayName { get; set; }

            public DateTime CreatedAt { get; set; }

            public Guid? CoachId { get; set; }

            public User? Coach { get; set; }

            [IncludeInRead]
            public List<Assessment> Assessments { get; set; } = [];
        }

        public class Assessment
        {
            public Assessment(string title) { Title = title; }

            public Guid Id { get; set; }

            public string Title { get; private set; }

            public string? Notes { get; set; }

            public Guid OwnerId { get; set; }

            public User Owner { get; set; } = null!;
        }
        """;

    private const string Application = """
        using System;
        using EntityDtoGen;

        [assembly: GenerateDtosFor(typeof(Domain.User), Namespace = "App.Dtos")]
        [assembly: GenerateDtosFor(typeof(Domain.Assessment), Namespace = "App.Dtos", Kinds = DtoKinds.Create | DtoKinds.Read)]

        namespace App.Dtos;

        [ReadShape(typeof(Domain.User))]
        public partial record UserLine
        {
            public Guid Id { get; init; }
            public required string Email { get; init; }
            public string? CoachDisplayName { get; init; }
            public int AssessmentsCount { get; init; }
        }

        public partial record UserCreate
        {
            public required string Password { get; init; }
        }

        public static partial class UserDtoMappings
        {
            private static string CreateHashedPassword(UserCreate source) => "hash:" + source.Password;
        }
        """;

    [Fact]
    public void EntitiesOfAReferencedLibraryGetDtosInTheGivenNamespace()
    {
        var targets = TargetFramework.All.Select(t => t.WithEntityFrameworkCore().WithLibrary("Domain", Domain)).ToArray();
        var run = GeneratorHarness.RunAndAssertClean(targets, [Application]);

        // Metadata hides private setters: Title looks computed, so the constructor that takes it cannot be called.
        var diagnostic = Assert.Single(run.AnalyzerDiagnostics());
        Assert.Equal("EDG013", diagnostic.Id);
        Assert.Equal("'Assessment' gets no AssessmentCreate: no public constructor binds (Assessment(string title): 'title' binds 'Title', which is left out "
            + "(it has no setter this project can see (a referenced assembly hides private setters, so it looks computed)), and AssessmentDtoMappings has no CreateTitle method)", diagnostic.GetMessage());
        Snapshot.MatchAll(run.GeneratedFiles.Where(f => f.HintName.StartsWith("App.Dtos.", System.StringComparison.Ordinal)));
        Assert.Contains("HashedPassword = CreateHashedPassword(source),", run.File("App.Dtos.User.DtoMappings.g.cs"));
        Assert.Contains("/// <summary>The name other users see.</summary>", run.File("App.Dtos.User.Read.g.cs"));
    }

    [Fact]
    public void AnEntityOfThisProjectOrANonPublicOneIsRefusedAtTheAttribute()
    {
        var targets = new[] { TargetFramework.Net10.WithLibrary("Domain", Domain) };
        var run = GeneratorHarness.Run(targets[0], """
            [assembly: EntityDtoGen.GenerateDtosFor(typeof(App.Local))]

            namespace App;

            public class Local
            {
                public int Id { get; set; }

                public string? Name { get; set; }
            }
            """);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics());
        Assert.Equal("EDG001", diagnostic.Id);
        Assert.Equal("[GenerateDtos] cannot generate DTOs for 'Local': it is declared in this project; put [GenerateDtos] on it instead", diagnostic.GetMessage());
        Assert.Equal("EntityDtoGen.GenerateDtosFor(typeof(App.Local))", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.Empty(run.GeneratedFiles);
    }

    [Theory]
    [InlineData("App.Dtos")]
    [InlineData("App.Other")]
    public void AnEntityNamedTwiceGeneratesOnceAndTheSecondAttributeIsAnError(string secondNamespace)
    {
        var targets = new[] { TargetFramework.Net10.WithLibrary("Domain", Domain) };
        var run = GeneratorHarness.Run(targets[0], $$"""
            [assembly: EntityDtoGen.GenerateDtosFor(typeof(Domain.Assessment), Namespace = "App.Dtos")]
            [assembly: EntityDtoGen.GenerateDtosFor(typeof(Domain.Assessment), Namespace = "{{secondNamespace}}", Kinds = EntityDtoGen.DtoKinds.Read)]
            """);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics(), d => d.Id == "EDG001");
        Assert.Equal("[GenerateDtos] cannot generate DTOs for 'Assessment': it is already named by EntityDtoGen.GenerateDtosFor(typeof(Domain.Assessment), Namespace = \"App.Dtos\"); name each entity once", diagnostic.GetMessage());
        Assert.Contains("\"" + secondNamespace + "\", Kinds", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.Empty(run.Result.Diagnostics);
        Assert.Contains(run.GeneratedFiles, f => f.HintName == "App.Dtos.Assessment.Read.g.cs");
        Assert.DoesNotContain(run.GeneratedFiles, f => f.HintName.StartsWith("App.Other.", System.StringComparison.Ordinal));
    }
}
