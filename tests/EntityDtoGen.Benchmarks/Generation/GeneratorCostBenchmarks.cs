using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace EntityDtoGen.Benchmarks.Generation;

/// <summary>
/// What the generator adds to a build: a cold run over N entities (a new driver and a new compilation over the parsed
/// input trees, so nothing is cached from an earlier iteration), against compiling the same input plus the generated
/// files handed in as ordinary source (parse, bind, emit to memory). Ratio = generator / compile; target ≤ 10% at 1,000.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ColumnsConfig))]
public class GeneratorCostBenchmarks
{
    private SyntaxTree[] _trees = [];
    private IReadOnlyList<(string Path, string Source)> _plainSources = [];

    [Params(100, 1000)]
    public int Entities { get; set; } = 100;

    [GlobalSetup]
    public void Setup()
    {
        var files = SyntheticDomain.Files(Entities);
        _trees = GeneratorWorkload.Parse(files);
        var driver = GeneratorWorkload.CreateDriver(trackSteps: false)
            .RunGeneratorsAndUpdateCompilation(GeneratorWorkload.CreateCompilation(_trees), out var output, out _);
        var result = driver.GetRunResult();
        GeneratorWorkload.AssertClean(result, output, Entities);
        _plainSources = GeneratorWorkload.InputAndGeneratedSources(files, result);
        GeneratorWorkload.AssertEmitted(GeneratorWorkload.ParseAndEmit(_plainSources));

        var parameters = "Entities=" + Entities;
        var lines = 0;
        foreach (var (_, source) in _plainSources)
        {
            lines += source.AsSpan().Count('\n');
        }

        Measured.Set(typeof(GeneratorCostBenchmarks), nameof(CompilePlainSource), parameters, "Files", _plainSources.Count);
        Measured.Set(typeof(GeneratorCostBenchmarks), nameof(CompilePlainSource), parameters, "Lines", lines);
        Measured.Set(typeof(GeneratorCostBenchmarks), nameof(RunGenerator), parameters, "Files", result.Results[0].GeneratedSources.Length);
    }

    /// <summary>Input and generated sources as plain text: parse, bind and emit to a MemoryStream.</summary>
    [Benchmark(Baseline = true)]
    public EmitResult CompilePlainSource() => GeneratorWorkload.ParseAndEmit(_plainSources);

    /// <summary><c>CSharpGeneratorDriver.Create</c> + <c>RunGenerators</c> on a new compilation over the parsed input trees.</summary>
    [Benchmark]
    public GeneratorDriver RunGenerator() =>
        GeneratorWorkload.CreateDriver(trackSteps: false).RunGenerators(GeneratorWorkload.CreateCompilation(_trees));

    private sealed class ColumnsConfig : ManualConfig
    {
        public ColumnsConfig()
        {
            AddColumn(
                FuncColumn.Recorded(typeof(GeneratorCostBenchmarks), "Files", "Files compiled (CompilePlainSource) or generated (RunGenerator)"),
                FuncColumn.Recorded(typeof(GeneratorCostBenchmarks), "Lines", "Lines compiled"),
                new FuncColumn(typeof(GeneratorCostBenchmarks), "Per entity", "Mean divided by the number of entities", (summary, benchmark) =>
                    FuncColumn.MeanNanoseconds(summary, benchmark) is { } mean
                        ? Measured.Format(mean / 1_000.0 / (int)benchmark.Parameters["Entities"]) + " μs"
                        : null));
        }
    }
}
