using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace EntityDtoGen.Benchmarks;

/// <summary>
/// Values a benchmark measures besides time (commands sent, outputs re-emitted), recorded in its setup. The benchmarks
/// run in process (see <see cref="Program"/>), so the summary's columns can read them; quick mode prints them too.
/// </summary>
public static class Measured
{
    private static readonly ConcurrentDictionary<(string Benchmark, string Parameters, string Column), string> Values = new();

    /// <summary>Records a value of one row; <paramref name="parameters"/> is the row's parameters as <c>Name=Value</c>, comma-separated ("" for none).</summary>
    public static void Set(Type type, string method, string parameters, string column, string value) => Values[(type.Name + "." + method, parameters, column)] = value;

    public static void Set(Type type, string method, string parameters, string column, double value) => Set(type, method, parameters, column, Format(value));

    public static string? Get(Type type, string method, string parameters, string column) =>
        Values.TryGetValue((type.Name + "." + method, parameters, column), out var value) ? value : null;

    /// <summary>The parameters of a summary row in the form <see cref="Set(Type, string, string, string, string)"/> takes.</summary>
    public static string Parameters(BenchmarkCase benchmark) =>
        string.Join(",", benchmark.Parameters.Items.Select(p => p.Name + "=" + Convert.ToString(p.Value, CultureInfo.InvariantCulture)));

    public static string Format(double value) => value.ToString(value >= 100 || value == Math.Floor(value) ? "N0" : "N2", CultureInfo.InvariantCulture);
}

/// <summary>A column for one benchmark class, computed from its summary row or from <see cref="Measured"/>.</summary>
public sealed class FuncColumn(Type target, string name, string legend, Func<Summary, BenchmarkCase, string?> value) : IColumn
{
    public string Id => nameof(FuncColumn) + "." + target.Name + "." + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    /// <summary>A column whose values were recorded with <see cref="Measured.Set(Type, string, string, string, string)"/>.</summary>
    public static FuncColumn Recorded(Type target, string name, string legend) =>
        new(target, name, legend, (_, benchmark) => Measured.Get(target, benchmark.Descriptor.WorkloadMethod.Name, Measured.Parameters(benchmark), name));

    /// <summary>Mean time of the row in nanoseconds, if it ran.</summary>
    public static double? MeanNanoseconds(Summary summary, BenchmarkCase benchmark) => summary[benchmark]?.ResultStatistics?.Mean;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.Type == target ? value(summary, benchmarkCase) ?? "-" : "-";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(b => b.Descriptor.Type == target);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
