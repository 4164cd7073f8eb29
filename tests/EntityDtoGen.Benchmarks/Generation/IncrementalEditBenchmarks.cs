using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EntityDtoGen.Benchmarks.Generation;

/// <summary>
/// A warm driver (the state after a full run over N entities) re-run after one edit, as the IDE does on a keystroke:
/// (a) one entity's property retyped, (b) an unrelated file edited. Each invocation starts from the same warm state and
/// a new compilation with the one tree replaced. The cold run is the baseline. The outputs-by-reason columns and the
/// step times come from one tracked run of each edit, recorded in setup (<see cref="IncrementalReport"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ColumnsConfig))]
public class IncrementalEditBenchmarks
{
    private SyntaxTree[] _trees = [];
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warm = null!;
    private SyntaxTree _entityTree = null!;
    private SyntaxTree _entityTreeEdited = null!;
    private SyntaxTree _unrelatedTree = null!;
    private SyntaxTree _unrelatedTreeEdited = null!;

    [Params(1000)]
    public int Entities { get; set; } = 1000;

    [GlobalSetup]
    public void Setup()
    {
        var edited = EditedEntity(Entities);
        _trees = GeneratorWorkload.Parse(SyntheticDomain.Files(Entities));
        _compilation = GeneratorWorkload.CreateCompilation(_trees);
        _warm = GeneratorWorkload.CreateDriver(trackSteps: false).RunGenerators(_compilation);
        _entityTree = _trees.Single(t => t.FilePath == SyntheticDomain.FileName(edited));
        _entityTreeEdited = CSharpSyntaxTree.ParseText(SyntheticDomain.Entity(edited, Entities, edited: true), GeneratorWorkload.ParseOptions, _entityTree.FilePath);
        _unrelatedTree = _trees.Single(t => t.FilePath == SyntheticDomain.UnrelatedFileName);
        _unrelatedTreeEdited = CSharpSyntaxTree.ParseText(SyntheticDomain.UnrelatedSourceEdited, GeneratorWorkload.ParseOptions, _unrelatedTree.FilePath);

        var report = IncrementalReport.Measure(_trees, _entityTree, _entityTreeEdited, _unrelatedTree, _unrelatedTreeEdited, edited);
        report.Record(typeof(IncrementalEditBenchmarks), "Entities=" + Entities, nameof(ColdRun), nameof(EditOneEntity), nameof(EditUnrelatedFile));
        LastReport = report;
    }

    /// <summary>The entity the one-entity edit changes: the middle one (500 of 1,000), a multiple of ten, so the next-but-four nests its Read DTO.</summary>
    public static int EditedEntity(int entities) => entities / 2 / 10 * 10;

    /// <summary>The report of the last setup, for quick mode.</summary>
    public static IncrementalReport? LastReport { get; private set; }

    [Benchmark(Baseline = true)]
    public GeneratorDriver ColdRun() => GeneratorWorkload.CreateDriver(trackSteps: false).RunGenerators(GeneratorWorkload.CreateCompilation(_trees));

    [Benchmark]
    public GeneratorDriver EditOneEntity() => _warm.RunGenerators(_compilation.ReplaceSyntaxTree(_entityTree, _entityTreeEdited));

    [Benchmark]
    public GeneratorDriver EditUnrelatedFile() => _warm.RunGenerators(_compilation.ReplaceSyntaxTree(_unrelatedTree, _unrelatedTreeEdited));

    private sealed class ColumnsConfig : ManualConfig
    {
        public ColumnsConfig()
        {
            AddColumn(
                FuncColumn.Recorded(typeof(IncrementalEditBenchmarks), IncrementalReport.ReRunColumn, "Source outputs (one per entity) that ran again: New or Modified"),
                FuncColumn.Recorded(typeof(IncrementalEditBenchmarks), IncrementalReport.KeptColumn, "Source outputs left Cached or Unchanged"),
                FuncColumn.Recorded(typeof(IncrementalEditBenchmarks), IncrementalReport.FilesColumn, "Generated files whose text differs from the warm run's"),
                FuncColumn.Recorded(typeof(IncrementalEditBenchmarks), IncrementalReport.TransformColumn, "Tracked time of the entity transform steps (all entities)"),
                FuncColumn.Recorded(typeof(IncrementalEditBenchmarks), IncrementalReport.EmitColumn, "Tracked time of the source output steps that ran"));
        }
    }
}

/// <summary>Counts and step times of one tracked cold run and one tracked run per edit on a warm tracked driver.</summary>
public sealed record IncrementalReport(int Entities, int EditedEntity, IncrementalReport.Run Cold, IncrementalReport.Run OneEntity, IncrementalReport.Run Unrelated)
{
    public const string ReRunColumn = "Outputs re-run";
    public const string KeptColumn = "Outputs kept";
    public const string FilesColumn = "Files changed";
    public const string TransformColumn = "Transform ms";
    public const string EmitColumn = "Emit ms";

    /// <summary>The step that yields the entity models (the tracking name of the generator's last transform).</summary>
    public const string EntitiesStep = EntityDtoGenerator.TrackingNames.Entities;

    public static IncrementalReport Measure(SyntaxTree[] trees, SyntaxTree entityTree, SyntaxTree entityTreeEdited, SyntaxTree unrelatedTree, SyntaxTree unrelatedTreeEdited, int editedEntity)
    {
        var compilation = GeneratorWorkload.CreateCompilation(trees);
        var warm = GeneratorWorkload.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var coldResult = warm.GetRunResult().Results[0];
        var cold = Summarize(warm, null, coldResult);

        var oneEntity = warm.RunGenerators(compilation.ReplaceSyntaxTree(entityTree, entityTreeEdited));
        var unrelated = warm.RunGenerators(compilation.ReplaceSyntaxTree(unrelatedTree, unrelatedTreeEdited));
        return new IncrementalReport(
            trees.Length - 2,
            editedEntity,
            cold,
            Summarize(oneEntity, coldResult, oneEntity.GetRunResult().Results[0]),
            Summarize(unrelated, coldResult, unrelated.GetRunResult().Results[0]));
    }

    public void Record(Type type, string parameters, string cold, string oneEntity, string unrelated)
    {
        foreach (var (method, run) in new[] { (cold, Cold), (oneEntity, OneEntity), (unrelated, Unrelated) })
        {
            Measured.Set(type, method, parameters, ReRunColumn, run.OutputsReRun);
            Measured.Set(type, method, parameters, KeptColumn, run.OutputsKept);
            Measured.Set(type, method, parameters, FilesColumn, run.ChangedFiles.Count);
            Measured.Set(type, method, parameters, TransformColumn, run.TransformMilliseconds);
            Measured.Set(type, method, parameters, EmitColumn, run.EmitMilliseconds);
        }
    }

    /// <summary>Lines for the console: per edit, the outputs by reason, the changed files and the time of every tracked step.</summary>
    public IEnumerable<string> Describe()
    {
        foreach (var (name, run) in new[] { ("cold run", Cold), ($"edit one entity ({SyntheticDomain.Name(EditedEntity)}.Score: long -> int)", OneEntity), ("edit unrelated file (Util.cs)", Unrelated) })
        {
            yield return $"{name}: generator {run.GeneratorMilliseconds:N1} ms; source outputs by reason: {Reasons(run.OutputReasons)}; entity models by reason: {Reasons(run.EntityReasons)}";
            var files = run.ChangedFiles.Count <= 5 ? string.Join(", ", run.ChangedFiles) : $"{string.Join(", ", run.ChangedFiles.Take(3))}, ... ({run.ChangedFiles.Count})";
            yield return $"  files changed: {run.ChangedFiles.Count}{(run.ChangedFiles.Count > 0 ? " [" + files + "]" : "")}";
            yield return $"  transform (tracked steps up to '{EntitiesStep}' and the Combine, all entities): {run.TransformMilliseconds:N2} ms; emit (source output steps that ran): {run.EmitMilliseconds:N2} ms";
            yield return "  tracked steps: " + string.Join("; ", run.StepMilliseconds.Select(s => $"{s.Key} {s.Value:N2} ms"));
        }
    }

    private static string Reasons(IReadOnlyDictionary<IncrementalStepRunReason, int> reasons) =>
        string.Join(", ", reasons.OrderBy(r => r.Key).Select(r => $"{r.Key} {r.Value}"));

    private static Run Summarize(GeneratorDriver driver, GeneratorRunResult? before, GeneratorRunResult result)
    {
        var outputSteps = result.TrackedOutputSteps.SelectMany(s => s.Value).ToArray();
        var outputReasons = CountReasons(outputSteps.SelectMany(s => s.Outputs).Select(o => o.Reason));
        var entityReasons = CountReasons(result.TrackedSteps[EntitiesStep].SelectMany(s => s.Outputs).Select(o => o.Reason));

        // TrackedSteps holds the output node too ("SourceOutput"); the transform is every other step (the
        // ForAttributeWithMetadataName steps, whose "result_..." step runs the entity parser, then Entities, Features, the Combine).
        var stepMilliseconds = result.TrackedSteps
            .Select(s => new KeyValuePair<string, double>(s.Key, s.Value.Sum(step => step.ElapsedTime.TotalMilliseconds)))
            .Where(s => s.Value >= 0.005)
            .OrderByDescending(s => s.Value)
            .ToArray();
        var transform = result.TrackedSteps
            .Where(s => !result.TrackedOutputSteps.ContainsKey(s.Key))
            .Sum(s => s.Value.Sum(step => step.ElapsedTime.TotalMilliseconds));
        var emit = outputSteps
            .Where(s => s.Outputs.Any(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified))
            .Sum(s => s.ElapsedTime.TotalMilliseconds);

        var previous = before?.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText) ?? [];
        var changed = result.GeneratedSources
            .Where(s => !previous.TryGetValue(s.HintName, out var old) || !old.ContentEquals(s.SourceText))
            .Select(s => s.HintName)
            .Concat(previous.Keys.Except(result.GeneratedSources.Select(s => s.HintName)))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

        return new Run(
            driver.GetTimingInfo().ElapsedTime.TotalMilliseconds,
            outputReasons,
            entityReasons,
            changed,
            transform,
            emit,
            stepMilliseconds);
    }

    private static Dictionary<IncrementalStepRunReason, int> CountReasons(IEnumerable<IncrementalStepRunReason> reasons) =>
        reasons.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());

    public sealed record Run(
        double GeneratorMilliseconds,
        IReadOnlyDictionary<IncrementalStepRunReason, int> OutputReasons,
        IReadOnlyDictionary<IncrementalStepRunReason, int> EntityReasons,
        IReadOnlyList<string> ChangedFiles,
        double TransformMilliseconds,
        double EmitMilliseconds,
        IReadOnlyList<KeyValuePair<string, double>> StepMilliseconds)
    {
        public int OutputsReRun => Count(IncrementalStepRunReason.New) + Count(IncrementalStepRunReason.Modified);

        public int OutputsKept => Count(IncrementalStepRunReason.Cached) + Count(IncrementalStepRunReason.Unchanged);

        private int Count(IncrementalStepRunReason reason) => OutputReasons.TryGetValue(reason, out var n) ? n : 0;
    }
}
