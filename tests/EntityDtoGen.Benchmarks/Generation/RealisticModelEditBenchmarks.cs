using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EntityDtoGen.Benchmarks.Realistic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EntityDtoGen.Benchmarks.Generation;

/// <summary>
/// The warm per-edit cost on the realistic model (<see cref="RealisticModel"/>): a warm driver (the state after a full
/// run) re-run after a one-character edit of one entity file, as the IDE does on a keystroke, against a cold run (new
/// driver, new compilation) as the baseline. Two edits: inside the <c>ToString()</c> body (no declaration changes, the
/// common keystroke) and in a property's doc comment (a declaration: the entities are read again). Issue 14's target:
/// at 1,000 entities a warm edit costs at most 25% of a cold run. Every invocation starts from the same warm state. The
/// extra columns come from one tracked run of each edit, recorded in setup, which also prints the slowest tracked steps.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ColumnsConfig))]
public class RealisticModelEditBenchmarks
{
    private SyntaxTree[] _trees = [];
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warm = null!;
    private SyntaxTree _entityTree = null!;
    private SyntaxTree _entityTreeEdited = null!;
    private SyntaxTree _declarationEdited = null!;

    [Params(130, 1000)]
    public int Entities { get; set; } = 130;

    [GlobalSetup]
    public void Setup()
    {
        var model = RealisticModel.Create(Entities);
        _trees = RealisticWorkload.Parse(model.Files(withPackage: true));
        _compilation = RealisticWorkload.CreateCompilation(_trees);
        var files = RealisticWorkload.AssertClean(_compilation).Results[0].GeneratedSources.Length;
        _warm = GeneratorWorkload.CreateDriver(trackSteps: false, jsonMetadata: false).RunGenerators(_compilation);

        var path = model.EntityPath(model.EditedEntity);
        _entityTree = _trees.Single(t => t.FilePath == path);
        _entityTreeEdited = CSharpSyntaxTree.ParseText(model.EditedEntitySource(), GeneratorWorkload.ParseOptions, path);
        _declarationEdited = CSharpSyntaxTree.ParseText(model.EditedDeclarationSource(), GeneratorWorkload.ParseOptions, path);
        var before = _entityTree.GetText();
        foreach (var after in new[] { _entityTreeEdited.GetText(), _declarationEdited.GetText() })
        {
            if (before.Length != after.Length || after.GetChangeRanges(before).Count != 1 || before.ToString() == after.ToString())
            {
                throw new InvalidOperationException($"Each edit of {path} must change exactly one character.");
            }
        }

        var report = EditReport.Measure(_compilation, _entityTree, _entityTreeEdited, model.EditedEntity.Name + ".ToString()");
        var declarationReport = EditReport.Measure(_compilation, _entityTree, _declarationEdited, model.EditedEntity.Name + "'s first doc comment");
        foreach (var line in report.Describe().Concat(declarationReport.Describe()))
        {
            // To the console (BenchmarkDotNet's log, quick mode's output): the columns cannot hold the step breakdown.
            Console.WriteLine($"// Entities={Entities}: {line}");
        }

        var parameters = "Entities=" + Entities;
        foreach (var (method, outputsReRun, filesChanged, transform) in new[]
        {
            (nameof(ColdRun), report.ColdOutputs, files, report.ColdTransformMilliseconds),
            (nameof(EditMethodBody), report.OutputsReRun, report.ChangedFiles.Count, report.TransformMilliseconds),
            (nameof(EditPropertyDocComment), declarationReport.OutputsReRun, declarationReport.ChangedFiles.Count, declarationReport.TransformMilliseconds),
        })
        {
            Measured.Set(typeof(RealisticModelEditBenchmarks), method, parameters, IncrementalReport.ReRunColumn, outputsReRun);
            Measured.Set(typeof(RealisticModelEditBenchmarks), method, parameters, IncrementalReport.FilesColumn, filesChanged);
            Measured.Set(typeof(RealisticModelEditBenchmarks), method, parameters, IncrementalReport.TransformColumn, transform);
        }
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver ColdRun() => GeneratorWorkload.CreateDriver(trackSteps: false, jsonMetadata: false).RunGenerators(RealisticWorkload.CreateCompilation(_trees));

    [Benchmark]
    public GeneratorDriver EditMethodBody() => _warm.RunGenerators(_compilation.ReplaceSyntaxTree(_entityTree, _entityTreeEdited));

    [Benchmark]
    public GeneratorDriver EditPropertyDocComment() => _warm.RunGenerators(_compilation.ReplaceSyntaxTree(_entityTree, _declarationEdited));

    /// <summary>One tracked cold run and one tracked run of the edit on that warm driver: what re-ran, what changed, the transform's time.</summary>
    public sealed record EditReport(
        string EditedEntity,
        int ColdOutputs,
        double ColdTransformMilliseconds,
        int OutputsReRun,
        int OutputsKept,
        IReadOnlyList<string> ChangedFiles,
        double TransformMilliseconds,
        IReadOnlyList<KeyValuePair<string, double>> ColdSteps,
        IReadOnlyList<KeyValuePair<string, double>> Steps)
    {
        public static EditReport Measure(CSharpCompilation compilation, SyntaxTree tree, SyntaxTree edited, string entity)
        {
            var warm = GeneratorWorkload.CreateDriver(trackSteps: true, jsonMetadata: false).RunGenerators(compilation);
            var cold = warm.GetRunResult().Results[0];
            var after = warm.RunGenerators(compilation.ReplaceSyntaxTree(tree, edited)).GetRunResult().Results[0];
            var reasons = after.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
            var previous = cold.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);
            var changed = after.GeneratedSources
                .Where(s => !previous.TryGetValue(s.HintName, out var old) || !old.ContentEquals(s.SourceText))
                .Select(s => s.HintName)
                .Order(StringComparer.Ordinal)
                .ToArray();
            return new EditReport(
                entity,
                cold.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Count(),
                Transform(cold),
                reasons.Count(r => r is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified),
                reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged),
                changed,
                Transform(after),
                StepTimes(cold),
                StepTimes(after));
        }

        /// <summary>Lines for the console.</summary>
        public IEnumerable<string> Describe()
        {
            yield return $"realistic model, one-character edit in {EditedEntity}: source outputs re-run {OutputsReRun}, kept {OutputsKept}; "
                + $"files changed {ChangedFiles.Count}{(ChangedFiles.Count > 0 ? " [" + string.Join(", ", ChangedFiles.Take(5)) + "]" : "")}; "
                + $"transform {TransformMilliseconds:N1} ms (cold run: {ColdTransformMilliseconds:N1} ms)";
            yield return "  slowest tracked steps after the edit: " + string.Join("; ", Steps.Take(6).Select(s => $"{s.Key} {s.Value:N1} ms"));
            yield return "  slowest tracked steps, cold run: " + string.Join("; ", ColdSteps.Take(6).Select(s => $"{s.Key} {s.Value:N1} ms"));
        }

        private static KeyValuePair<string, double>[] StepTimes(GeneratorRunResult result) =>
            result.TrackedSteps
                .Select(s => new KeyValuePair<string, double>(s.Key, s.Value.Sum(step => step.ElapsedTime.TotalMilliseconds)))
                .OrderByDescending(s => s.Value)
                .ToArray();

        /// <summary>Tracked time of every step but the source outputs: the entity, shape and configuration transforms and the combines.</summary>
        private static double Transform(GeneratorRunResult result) =>
            result.TrackedSteps
                .Where(s => !result.TrackedOutputSteps.ContainsKey(s.Key))
                .Sum(s => s.Value.Sum(step => step.ElapsedTime.TotalMilliseconds));
    }

    private sealed class ColumnsConfig : ManualConfig
    {
        public ColumnsConfig()
        {
            AddColumn(
                FuncColumn.Recorded(typeof(RealisticModelEditBenchmarks), IncrementalReport.ReRunColumn, "Source outputs that ran (cold: all of them)"),
                FuncColumn.Recorded(typeof(RealisticModelEditBenchmarks), IncrementalReport.FilesColumn, "Generated files whose text differs from the warm run's (cold: every file)"),
                FuncColumn.Recorded(typeof(RealisticModelEditBenchmarks), IncrementalReport.TransformColumn, "Tracked time of every step but the source outputs"));
        }
    }
}
