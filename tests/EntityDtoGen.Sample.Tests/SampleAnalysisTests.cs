using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EntityDtoGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace EntityDtoGen.Sample.Tests;

/// <summary>The sample uses DTOs everywhere, so the generator and its analyzers find nothing to say about it.</summary>
public sealed class SampleAnalysisTests
{
    [Fact]
    public async Task TheSampleCompilesWithoutAnyDiagnosticIncludingEntityExposureAndLoading()
    {
        var sampleDirectory = Path.Combine(FindRoot(AppContext.BaseDirectory), "samples", "EntityDtoGen.Sample.Api");
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = Directory.GetFiles(sampleDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path))
            .ToArray();
        Assert.True(trees.Length >= 10, $"found only {trees.Length} sample files in {sampleDirectory}");

        // The test host runs on the same shared frameworks and packages the sample uses.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(path).StartsWith("EntityDtoGen.Sample", StringComparison.Ordinal))
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "EntityDtoGen.Sample.Api",
            trees,
            references,
            new CSharpCompilationOptions(
                OutputKind.ConsoleApplication,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

        CSharpGeneratorDriver.Create([new EntityDtoGenerator().AsSourceGenerator()], parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new EntityDtoAnalyzer(), new MarkerPlacementAnalyzer(), new EntityExposureAnalyzer(), new LoadingAnalyzer());
        var diagnostics = (await output.WithAnalyzers(analyzers).GetAllDiagnosticsAsync(CancellationToken.None))
            .Concat(generatorDiagnostics)
            .Where(d => d.Severity > DiagnosticSeverity.Hidden)
            .ToArray();

        Assert.True(output.SyntaxTrees.Count() > trees.Length, "the generator produced nothing");
        Assert.True(diagnostics.Length == 0, string.Join("\n", diagnostics.Select(d => d.ToString())));
    }

    private static string FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EntityDtoGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("EntityDtoGen.sln not found above " + start);
    }
}
