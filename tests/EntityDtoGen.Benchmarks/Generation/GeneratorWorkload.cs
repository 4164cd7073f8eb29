using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;

namespace EntityDtoGen.Benchmarks.Generation;

/// <summary>
/// Builds the compilations the generator benchmarks run on: net10.0 reference assemblies (Basic.Reference.Assemblies),
/// EntityDtoGen.Abstractions and EF Core (so the Includes files are generated too), the synthetic domain's trees.
/// </summary>
public static class GeneratorWorkload
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        optimizationLevel: OptimizationLevel.Release,
        concurrentBuild: true,
        deterministic: true,
        generalDiagnosticOption: ReportDiagnostic.Default,
        specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
        {
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
        });

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
        [
            .. Basic.Reference.Assemblies.Net100.References.All,
            MetadataReference.CreateFromFile(typeof(Optional<>).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.EntityFrameworkCore.OwnedAttribute).Assembly.Location),
        ]);

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>The domain's files parsed into trees (path = file name).</summary>
    public static SyntaxTree[] Parse(IEnumerable<(string FileName, string Source)> files) =>
        files.Select(f => CSharpSyntaxTree.ParseText(f.Source, ParseOptions, f.FileName)).ToArray();

    /// <summary>A new compilation over already parsed trees: cheap (symbols are bound lazily), and with no semantic caches of an earlier run.</summary>
    public static CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create("Synthetic", trees, References, CompilationOptions);

    /// <summary>A cold driver: nothing cached. Step tracking is on only where the caller asks (it costs time and memory).</summary>
    /// <param name="trackSteps">Whether the driver records its steps.</param>
    /// <param name="jsonMetadata">
    /// As a project that gets the JSON metadata (Native AOT, trimming, <c>EntityDtoGenJsonMetadata</c>): the synthetic
    /// benchmarks keep it, as they were first measured with it; the realistic model runs as an ordinary web app, without.
    /// </param>
    public static GeneratorDriver CreateDriver(bool trackSteps, bool jsonMetadata = true) =>
        CSharpGeneratorDriver.Create(
            [new EntityDtoGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            optionsProvider: jsonMetadata ? JsonMetadataProject.Instance : null,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>What a project with <c>&lt;EntityDtoGenJsonMetadata&gt;true&lt;/EntityDtoGenJsonMetadata&gt;</c> shows the generator.</summary>
    private sealed class JsonMetadataProject : AnalyzerConfigOptionsProvider
    {
        public static readonly JsonMetadataProject Instance = new();

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options("build_property.EntityDtoGenJsonMetadata", "true");

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.None;

        private sealed class Options(string? key, string? value) : AnalyzerConfigOptions
        {
            public static readonly Options None = new(null, null);

            public override bool TryGetValue(string name, out string result)
            {
                result = value ?? string.Empty;
                return key is not null && name == key;
            }
        }
    }

    /// <summary>Parses, binds and emits the sources as one ordinary compilation, as csc would for hand-written code.</summary>
    public static EmitResult ParseAndEmit(IReadOnlyList<(string Path, string Source)> sources)
    {
        var trees = new SyntaxTree[sources.Count];
        for (var i = 0; i < trees.Length; i++)
        {
            trees[i] = CSharpSyntaxTree.ParseText(sources[i].Source, ParseOptions, sources[i].Path);
        }

        using var peStream = new MemoryStream();
        return CreateCompilation(trees).Emit(peStream);
    }

    /// <summary>The domain's sources followed by every generated file, as plain text (what a hand-written equivalent would hand the compiler).</summary>
    public static IReadOnlyList<(string Path, string Source)> InputAndGeneratedSources(IEnumerable<(string FileName, string Source)> files, GeneratorDriverRunResult result) =>
        files.Select(f => (f.FileName, f.Source))
            .Concat(result.Results.SelectMany(r => r.GeneratedSources).Select(g => ("Generated/" + g.HintName, g.SourceText.ToString())))
            .ToArray();

    /// <summary>Throws if the generator reported anything or the output does not compile: the benchmarks must time working code.</summary>
    public static void AssertClean(GeneratorDriverRunResult result, Compilation output, int expectedEntities)
    {
        var problems = result.Diagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        if (problems.Length > 0)
        {
            throw new InvalidOperationException(
                $"The synthetic domain has {problems.Length} diagnostics, e.g.:\n" + string.Join("\n", problems.Take(10).Select(d => d.ToString())));
        }

        // Seven files per entity (Create, Read, Update, DtoMappings, Includes, Json, Validation), and the compilation's
        // two model-check files, the shared include helper, DtoJson and DtoValidation.
        var generated = result.Results.Single().GeneratedSources.Length;
        if (generated != (expectedEntities * 7) + 5)
        {
            throw new InvalidOperationException($"Expected 7 files per entity and 5 for the compilation ({(expectedEntities * 7) + 5}), got {generated}: "
                + string.Join(", ", result.Results.Single().GeneratedSources.Select(g => g.HintName).Where(n => !n.StartsWith("Synthetic.", StringComparison.Ordinal) || n.Contains("Entity0000.", StringComparison.Ordinal))));
        }
    }

    public static void AssertEmitted(EmitResult emit)
    {
        if (!emit.Success)
        {
            throw new InvalidOperationException("Emit failed:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        }
    }
}
