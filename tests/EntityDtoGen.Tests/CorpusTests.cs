using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace EntityDtoGen.Tests;

/// <summary>The never-crash corpus: every odd input leaves the generator standing and the user with a clear answer.</summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Cases => CorpusInputs.All().Select(c => new object[] { c });

    [Fact]
    public void TheCorpusIsLargeEnough()
    {
        var cases = CorpusInputs.All().ToList();
        output.WriteLine($"corpus: {cases.Count} cases: {cases.Count(c => c.ExpectedDiagnostics.Length == 0 && c.ExpectedInputErrors.Length == 0)} clean, "
            + $"{cases.Count(c => c.ExpectedDiagnostics.Length > 0)} with EDG diagnostics, {cases.Count(c => c.ExpectedInputErrors.Length > 0)} with the user's own compiler errors");
        Assert.True(cases.Count >= 40, $"only {cases.Count} corpus cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void NeverCrashes(CorpusCase input)
    {
        foreach (var baseTarget in TargetFramework.All)
        {
            var target = input.WithEfCore ? baseTarget.WithEntityFrameworkCore() : baseTarget;
            var run = GeneratorHarness.Run(target, input.Sources);

            Assert.All(run.Result.Results, r => Assert.Null(r.Exception));
            Assert.DoesNotContain(run.Result.Diagnostics, d => d.Id == "CS8785");
            Assert.Empty(run.Result.Diagnostics);

            var compilerDiagnostics = run.CompilationDiagnostics();
            var generatedTrees = run.Result.GeneratedTrees.ToHashSet();
            var inGenerated = compilerDiagnostics.Where(d => d.Location.SourceTree is { } tree && generatedTrees.Contains(tree)).ToArray();
            Assert.True(inGenerated.Length == 0, $"{target.Name}: diagnostics in generated files:\n" + string.Join("\n", inGenerated.Select(GeneratorHarness.Describe)));

            Assert.Equal(input.ExpectedInputErrors, compilerDiagnostics.Select(d => d.Id).Distinct().Order().ToArray());
            Assert.Equal(input.ExpectedDiagnostics, run.AnalyzerDiagnostics().Where(d => d.Id.StartsWith("EDG", System.StringComparison.Ordinal)).Select(d => d.Id).ToArray());
        }
    }
}
