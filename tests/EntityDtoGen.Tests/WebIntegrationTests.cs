using System.Linq;
using EntityDtoGen.Tests.Infrastructure;
using Xunit;

namespace EntityDtoGen.Tests;

/// <summary>
/// What the generator adds where the compilation references ASP.NET Core (SPEC "Web integration"): the minimal-API
/// validation filter on .NET 8 and later, .NET 10's validation resolver, compiled clean against each framework's own
/// reference assemblies.
/// </summary>
public sealed class WebIntegrationTests
{
    [Fact]
    public void WithAspNetCoreTheValidationFilterAndTheNet10ResolverAreGenerated()
    {
        var run = GeneratorHarness.RunAndAssertClean(TargetFramework.All.Select(t => t.WithEntityFrameworkCore().WithAspNetCore()).ToArray(), [TestSources.SeedDomain]);

        Snapshot.Match(run.File("EntityDtoGen.DtoValidation.g.cs"), "EntityDtoGen.DtoValidation.g");
    }

    [Fact]
    public void WithOpenApiTheSchemaTransformerIsGenerated()
    {
        var target = TargetFramework.Net10.WithEntityFrameworkCore().WithAspNetCore().WithOpenApi();
        var run = GeneratorHarness.RunAndAssertClean([target], [TestSources.SeedDomain]);

        Snapshot.Match(run.File("EntityDtoGen.DtoOpenApi.g.cs"), "EntityDtoGen.DtoOpenApi.g");
        Snapshot.Match(run.File("Seed.Domain.User.OpenApi.g.cs"), "Seed.Domain.User.OpenApi.g");
    }

    [Fact]
    public void OnNet8TheFilterIsGeneratedWithoutTheNet10Resolver()
    {
        var run = GeneratorHarness.Run(TargetFramework.Net8.WithEntityFrameworkCore().WithAspNetCore(), TestSources.SeedDomain);

        var validation = run.File("EntityDtoGen.DtoValidation.g.cs");
        Assert.Contains("WithDtoValidation<TBuilder>", validation);
        Assert.DoesNotContain("IValidatableInfoResolver", validation);
        Assert.Empty(run.CompilationDiagnostics());
        Assert.DoesNotContain(run.GeneratedFiles, f => f.HintName.Contains("OpenApi", System.StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutAspNetCoreOnlyTheValidatorsAreGenerated()
    {
        var validation = GeneratorHarness.RunWithEfCoreAndAssertClean(TestSources.SeedDomain).File("EntityDtoGen.DtoValidation.g.cs");

        Assert.Contains("public static bool TryValidate(", validation);
        Assert.DoesNotContain("Microsoft.AspNetCore", validation);
        Assert.DoesNotContain("Microsoft.Extensions.Validation", validation);
    }
}
