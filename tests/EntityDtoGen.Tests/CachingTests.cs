using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using EntityDtoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EntityDtoGen.Tests;

/// <summary>The pipeline is incremental: unrelated edits emit nothing again; editing one entity re-emits only its files.</summary>
public sealed class CachingTests
{
    private const string UserSource = """
        using System;
        using EntityDtoGen;

        namespace App;

        [GenerateDtos]
        public class User
        {
            public Guid Id { get; set; }

            public required string Email { get; set; }
        }
        """;

    private const string OrderSource = """
        using EntityDtoGen;

        namespace App;

        [GenerateDtos]
        public class Order
        {
            public int Id { get; set; }

            public decimal Total { get; set; }
        }
        """;

    private const string UnrelatedSource = """
        namespace App;

        public static class Util
        {
            public static int Twice(int x) => x * 2;
        }
        """;

    private static readonly string[] TrackedSteps =
    [
        EntityDtoGenerator.TrackingNames.Entities,
        EntityDtoGenerator.TrackingNames.ModelFacts,
        EntityDtoGenerator.TrackingNames.EntitiesWithFacts,
        EntityDtoGenerator.TrackingNames.Plans,
        EntityDtoGenerator.TrackingNames.Features,
        EntityDtoGenerator.TrackingNames.EntitiesWithFeatures,
        EntityDtoGenerator.TrackingNames.ModelCheckEntities,
        EntityDtoGenerator.TrackingNames.JsonRegistrations,
        EntityDtoGenerator.TrackingNames.ValidationRegistrations,
    ];

    private static readonly IncrementalStepRunReason[] CachedOrUnchanged = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    private const string ConfiguredUserSource = """
        using System;
        using EntityDtoGen;

        namespace App;

        [GenerateDtos]
        public class User
        {
            public Guid Id { get; set; }

            public required string Email { get; set; }

            public string? Nickname { get; set; }

            public DateTime Joined { get; set; }
        }
        """;

    private const string ConfiguredOrderSource = """
        using EntityDtoGen;

        namespace App;

        [GenerateDtos]
        public class Order
        {
            public int Id { get; set; }

            public decimal Total { get; set; }

            public string? Note { get; set; }
        }
        """;

    private const string UserConfigurationSource = """
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Metadata.Builders;

        namespace App;

        public sealed class UserConfiguration : IEntityTypeConfiguration<User>
        {
            public void Configure(EntityTypeBuilder<User> builder)
            {
                builder.Property(u => u.Email).HasMaxLength(256);
            }
        }
        """;

    private const string OrderConfigurationSource = """
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Metadata.Builders;

        namespace App;

        public sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
        {
            public void Configure(EntityTypeBuilder<Order> builder)
            {
                builder.Property(o => o.Note).HasMaxLength(500);
            }
        }
        """;

    private const string ContextSource = """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;

        namespace App;

        public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
        {
            public DbSet<User> Users => Set<User>();

            public DbSet<Order> Orders => Set<Order>();

            public override Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
            {
                foreach (var entry in ChangeTracker.Entries<Order>())
                {
                    entry.Entity.Total = System.Math.Round(entry.Entity.Total, 2);
                }

                return base.SaveChangesAsync(cancellationToken);
            }
        }
        """;

    [Fact]
    public void UnrelatedEditLeavesEveryStepAndOutputCachedOrUnchanged()
    {
        var (driver, compilation) = RunOnce();

        var edited = ReplaceTree(compilation, UnrelatedSource, UnrelatedSource.Replace("x * 2", "x + x") + "\npublic class Extra { }\n");
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToArray();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.Contains(o.Reason, CachedOrUnchanged));
        }

        // One output per entity, DtoModelCheck's, DtoJson's and DtoValidation's.
        var sourceOutputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToArray();
        Assert.Equal(5, sourceOutputs.Length);
        Assert.All(sourceOutputs, o => Assert.Contains(o.Reason, CachedOrUnchanged));
    }

    [Fact]
    public void AMethodBodyEditReadsNoEntityShapeOrConfigurationAgain()
    {
        var (driver, compilation) = RunConfiguredOnce();

        // In a plain class and in an entity's own method: no declaration changes, so nothing that reads symbols runs.
        var edited = ReplaceTree(compilation, UnrelatedSource, UnrelatedSource.Replace("x * 2", "x + x"));
        edited = ReplaceTree(edited, ConfiguredOrderSource, ConfiguredOrderSource.Replace("public string? Note { get; set; }", "public string? Note { get; set; }\n\n    public override string ToString() => \"Order \" + Id;"));
        driver = driver.RunGenerators(edited);
        var again = ReplaceTree(edited, ConfiguredOrderSource.Replace("public string? Note { get; set; }", "public string? Note { get; set; }\n\n    public override string ToString() => \"Order \" + Id;"), ConfiguredOrderSource.Replace("public string? Note { get; set; }", "public string? Note { get; set; }\n\n    public override string ToString() => \"Order #\" + Id;"));
        var result = driver.RunGenerators(again).GetRunResult().Results.Single();

        foreach (var step in new[] { EntityDtoGenerator.TrackingNames.Entities, EntityDtoGenerator.TrackingNames.ConfigurationFacts, EntityDtoGenerator.TrackingNames.Features })
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToArray();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, CachedOrUnchanged));
    }

    [Theory]
    [InlineData("a configuration body", "builder.Property(o => o.Note).HasMaxLength(500);", "builder.Ignore(o => o.Note);")]
    [InlineData("a directive in a method body", "public static int Twice(int x) => x * 2;", "public static int Twice(int x) =>\n#if NEVER\n        0 +\n#endif\n        x * 2;")]
    public void WhatTheReadersMayLookAtIsReadAgain(string what, string before, string after)
    {
        var (driver, compilation) = RunConfiguredOnce();

        var source = compilation.SyntaxTrees.Select(t => t.ToString()).Single(t => t.Contains(before, StringComparison.Ordinal));
        var result = driver.RunGenerators(ReplaceTree(compilation, source, source.Replace(before, after, StringComparison.Ordinal))).GetRunResult().Results.Single();

        var facts = result.TrackedSteps[EntityDtoGenerator.TrackingNames.ConfigurationFacts].SelectMany(s => s.Outputs).ToArray();
        Assert.True(facts.All(o => o.Reason != IncrementalStepRunReason.Cached), what + ": the configuration was not read again");
        Assert.All(result.TrackedSteps[EntityDtoGenerator.TrackingNames.Entities].SelectMany(s => s.Outputs), o => Assert.NotEqual(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void ANewReferenceReadsTheEntitiesAgain()
    {
        var (driver, compilation) = RunOnce();

        var withReference = compilation.AddReferences(MetadataReference.CreateFromFile(typeof(System.Text.RegularExpressions.Regex).Assembly.Location));
        var result = driver.RunGenerators(withReference).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[EntityDtoGenerator.TrackingNames.Entities].SelectMany(s => s.Outputs), o => Assert.NotEqual(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void TheDeclarationTextLeavesOutOnlyBodiesNoReaderLooksAt()
    {
        const string source = """
            using Microsoft.EntityFrameworkCore;

            public class Order
            {
                public Order(string note) { Note = note; }

                public string Note { get => _note; set => _note = value.Trim(); }

                private string _note = "";

                public void Rename(string note) { Note = note; }

                public override string ToString() => "Order " + Note;

                public void Later()
                {
            #if DEBUG
                    Note = "";
            #endif
                }
            }

            public class ShopContext : DbContext
            {
                protected override void OnModelCreating(ModelBuilder modelBuilder) { modelBuilder.Entity<Order>().Ignore(o => o.Note); }

                private static int Helper() => 1;
            }
            """;

        var text = DeclarationGate.DeclarationText(CSharpSyntaxTree.ParseText(source), System.Threading.CancellationToken.None);
        var program = DeclarationGate.DeclarationText(CSharpSyntaxTree.ParseText("var app = Build();\napp.MapGet(\"/\", () => 1);\n\nstatic int Build() => 2;\n\npublic record Page(int Size);\n"), System.Threading.CancellationToken.None);

        Assert.DoesNotContain("Note = note; }\n\n    public override", text, StringComparison.Ordinal);
        Assert.Contains("public void Rename(string note) \u0001", text, StringComparison.Ordinal);
        Assert.Contains("public override string ToString() \u0001;", text, StringComparison.Ordinal);
        Assert.Contains("public Order(string note) { Note = note; }", text, StringComparison.Ordinal);
        Assert.Contains("get => _note; set => _note = value.Trim();", text, StringComparison.Ordinal);
        Assert.Contains("#if DEBUG", text, StringComparison.Ordinal);
        Assert.Contains("modelBuilder.Entity<Order>().Ignore(o => o.Note);", text, StringComparison.Ordinal);
        Assert.Contains("private static int Helper() => 1;", text, StringComparison.Ordinal);
        Assert.Equal("\u0001\n\u0001\n\n\u0001\n\npublic record Page(int Size);\n", program);
    }

    [Fact]
    public void WithConfigurationClassesAnUnrelatedEditLeavesEverythingCached()
    {
        var (driver, compilation) = RunConfiguredOnce();

        var edited = ReplaceTree(compilation, UnrelatedSource, UnrelatedSource.Replace("x * 2", "x + x"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps.Append(EntityDtoGenerator.TrackingNames.ConfigurationFacts))
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToArray();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.Contains(o.Reason, CachedOrUnchanged));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, CachedOrUnchanged));
    }

    [Fact]
    public void AShapeStaysCachedOnAnUnrelatedEditAndItsModelsHoldNoSymbols()
    {
        const string shape = """
            using System;
            using EntityDtoGen;

            namespace App;

            [ReadShape(typeof(User))]
            public partial record UserName
            {
                public Guid Id { get; init; }

                public required string Email { get; init; }
            }
            """;
        var target = TargetFramework.Net10.WithEntityFrameworkCore();
        var compilation = GeneratorHarness.CreateCompilation(target, [UserSource, shape, UnrelatedSource]);
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.ParseOptions(target)).RunGenerators(compilation);

        var edited = ReplaceTree(compilation, UnrelatedSource, UnrelatedSource.Replace("x * 2", "x + x"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        string[] shapeSteps = [EntityDtoGenerator.TrackingNames.Shapes, EntityDtoGenerator.TrackingNames.ShapesWithFacts, EntityDtoGenerator.TrackingNames.ShapePlans, EntityDtoGenerator.TrackingNames.ShapesWithFeatures];
        var visited = 0;
        foreach (var step in shapeSteps)
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToArray();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.Contains(o.Reason, CachedOrUnchanged));
            foreach (var output in outputs)
            {
                GeneratorHarness.AssertPure(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance), ref visited);
            }
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, CachedOrUnchanged));
        Assert.Contains(result.GeneratedSources, s => s.HintName == "App.UserName.Shape.g.cs");
    }

    [Fact]
    public void AConfigurationEditThatChangesNoFactReEmitsNothing()
    {
        var (driver, compilation) = RunConfiguredOnce();

        var edited = ReplaceTree(compilation, OrderConfigurationSource, OrderConfigurationSource.Replace("HasMaxLength(500)", "HasMaxLength(800)"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var facts = result.TrackedSteps[EntityDtoGenerator.TrackingNames.ConfigurationFacts].SelectMany(s => s.Outputs).ToArray();
        Assert.Contains(facts, o => o.Reason == IncrementalStepRunReason.Unchanged);
        Assert.All(result.TrackedSteps[EntityDtoGenerator.TrackingNames.ModelFacts].SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, CachedOrUnchanged));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, CachedOrUnchanged));
    }

    [Fact]
    public void AConfigurationEditReEmitsOnlyTheEntityWhoseFactsChanged()
    {
        var (driver, compilation) = RunConfiguredOnce();
        Assert.Contains("Note", driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "App.Order.Read.g.cs").SourceText.ToString());

        var edited = ReplaceTree(compilation, OrderConfigurationSource, OrderConfigurationSource.Replace("builder.Property(o => o.Note).HasMaxLength(500);", "builder.Ignore(o => o.Note);"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var withFacts = result.TrackedSteps[EntityDtoGenerator.TrackingNames.EntitiesWithFacts].SelectMany(s => s.Outputs).ToArray();
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(withFacts, o => Name(o.Value) == "Order").Reason);
        Assert.Contains(Assert.Single(withFacts, o => Name(o.Value) == "User").Reason, CachedOrUnchanged);

        // Order's own files, and DtoValidation's list: Note was Order's only input member, so Order has no Create or Update left.
        var modified = result.TrackedOutputSteps.SelectMany(s => s.Value).Where(s => s.Outputs.Any(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)).ToArray();
        Assert.Equal(2, modified.Length);
        Assert.Equal("Order", Name(Assert.Single(modified, m => m.Inputs.Single().Source.Name == EntityDtoGenerator.TrackingNames.EntitiesWithFeatures).Inputs.Single().Source.Outputs[0].Value));
        Assert.Single(modified, m => m.Inputs.Single().Source.Name == EntityDtoGenerator.TrackingNames.ValidationRegistrations);
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName == "App.Order.Validation.g.cs");
        Assert.DoesNotContain("Note", result.GeneratedSources.Single(s => s.HintName == "App.Order.Read.g.cs").SourceText.ToString());
    }

    [Fact]
    public void ASaveChangesEditReEmitsOnlyTheEntityItAssigns()
    {
        var (driver, compilation) = RunConfiguredOnce();

        var edited = ReplaceTree(compilation, ContextSource, ContextSource.Replace(
            "foreach (var entry in ChangeTracker.Entries<Order>())",
            "foreach (var user in ChangeTracker.Entries<User>())\n        {\n            user.Entity.Joined = System.DateTime.UtcNow;\n        }\n\n        foreach (var entry in ChangeTracker.Entries<Order>())"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var modified = result.TrackedOutputSteps.SelectMany(s => s.Value).Where(s => s.Outputs.Any(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)).ToArray();
        Assert.Equal("User", Name(Assert.Single(modified).Inputs.Single().Source.Outputs[0].Value));
        Assert.DoesNotContain("Joined", result.GeneratedSources.Single(s => s.HintName == "App.User.Create.g.cs").SourceText.ToString());
        Assert.Contains("Joined", result.GeneratedSources.Single(s => s.HintName == "App.User.Read.g.cs").SourceText.ToString());
    }

    [Fact]
    public void EditingOneEntityReEmitsOnlyThatEntity()
    {
        var (driver, compilation) = RunOnce();

        var edited = ReplaceTree(compilation, UserSource, UserSource.Replace("public required string Email { get; set; }", "public required string Email { get; set; }\n\n    public string? Nickname { get; set; }"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var entities = result.TrackedSteps[EntityDtoGenerator.TrackingNames.Entities].SelectMany(s => s.Outputs).ToArray();
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(entities, o => Name(o.Value) == "User").Reason);
        Assert.Contains(Assert.Single(entities, o => Name(o.Value) == "Order").Reason, CachedOrUnchanged);

        var sourceOutputs = result.TrackedOutputSteps.SelectMany(s => s.Value).ToArray();
        var modified = sourceOutputs.Where(s => s.Outputs.Any(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)).ToArray();
        Assert.Equal("User", Name(Assert.Single(modified).Inputs.Single().Source.Outputs[0].Value));

        Assert.Contains("Nickname", string.Join("\n", result.GeneratedSources.Where(s => s.HintName.StartsWith("App.User.", StringComparison.Ordinal)).Select(s => s.SourceText.ToString())));
    }

    [Fact]
    public void EditingANestedTargetsScalarsLeavesTheNestingEntityCached()
    {
        const string parent = """
            using System.Collections.Generic;
            using EntityDtoGen;

            namespace App;

            [GenerateDtos]
            public class Survey
            {
                public int Id { get; set; }

                [IncludeInRead]
                public List<Item> Items { get; set; } = [];
            }
            """;
        const string child = """
            using EntityDtoGen;

            namespace App;

            [GenerateDtos]
            public class Item
            {
                public int Id { get; set; }

                public int SurveyId { get; set; }
            }
            """;
        var target = TargetFramework.Net10.WithEntityFrameworkCore();
        var compilation = GeneratorHarness.CreateCompilation(target, [parent, child]);
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.ParseOptions(target)).RunGenerators(compilation);

        var edited = ReplaceTree(compilation, child, child.Replace("public int SurveyId { get; set; }", "public int SurveyId { get; set; }\n\n    public string? Prompt { get; set; }"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var entities = result.TrackedSteps[EntityDtoGenerator.TrackingNames.Entities].SelectMany(s => s.Outputs).ToArray();
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(entities, o => Name(o.Value) == "Item").Reason);
        Assert.Contains(Assert.Single(entities, o => Name(o.Value) == "Survey").Reason, CachedOrUnchanged);
    }

    [Fact]
    public void PipelineModelsHoldNoSymbolsSyntaxCompilationOrLocations()
    {
        var (driver, _) = RunOnce();
        var result = driver.GetRunResult().Results.Single();

        var visited = 0;
        foreach (var step in TrackedSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                GeneratorHarness.AssertPure(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance), ref visited);
            }
        }

        Assert.True(visited > 20, $"walked only {visited} values; the walk is not reaching the models");
    }

    private static (GeneratorDriver Driver, Compilation Compilation) RunOnce()
    {
        var target = TargetFramework.Net10;
        var compilation = GeneratorHarness.CreateCompilation(target, [UserSource, OrderSource, UnrelatedSource]);
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.ParseOptions(target)).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static (GeneratorDriver Driver, Compilation Compilation) RunConfiguredOnce()
    {
        var target = TargetFramework.Net10.WithEntityFrameworkCore();
        var compilation = GeneratorHarness.CreateCompilation(target, [ConfiguredUserSource, ConfiguredOrderSource, UserConfigurationSource, OrderConfigurationSource, ContextSource, UnrelatedSource]);
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.ParseOptions(target)).RunGenerators(compilation);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return (driver, compilation);
    }

    private static Compilation ReplaceTree(Compilation compilation, string oldSource, string newSource)
    {
        var old = compilation.SyntaxTrees.Single(t => t.ToString() == oldSource);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(newSource, (CSharpParseOptions)old.Options, old.FilePath));
    }

    private static string Name(object? value) => value switch
    {
        Model.EntityDeclaration declaration => declaration.Name,
        ValueTuple<Model.EntityDeclaration, Model.EquatableArray<Model.ModelFact>> pair => pair.Item1.Name,
        Model.EntityModel entity => entity.Name,
        ValueTuple<Model.EntityModel, Model.CompilationFeatures> pair => pair.Item1.Name,
        _ => throw new InvalidOperationException("unexpected step value " + value?.GetType()),
    };
}
