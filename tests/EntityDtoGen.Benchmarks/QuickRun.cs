using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using EntityDtoGen.Benchmarks.Generation;
using EntityDtoGen.Benchmarks.Json;
using EntityDtoGen.Benchmarks.Mapping;
using EntityDtoGen.Benchmarks.Queries;

namespace EntityDtoGen.Benchmarks;

/// <summary>
/// Runs every benchmark method of every class once to warm up, then a few times (as many as fit in a short budget, at
/// least once) with a Stopwatch, and prints one compact table. Sizes: <c>--entities N</c> (default 100) for the generator
/// classes on the synthetic domain (the realistic model always has 130), <c>--users N</c> (default 1,000) for the queries.
/// Asserts nothing about time.
/// </summary>
public static class QuickRun
{
    private static readonly TimeSpan BudgetPerRow = TimeSpan.FromMilliseconds(250);

    /// <summary>The JSON class has 16 rows of microseconds each: a shorter budget keeps it to about 2 s.</summary>
    private static readonly TimeSpan JsonBudgetPerRow = TimeSpan.FromMilliseconds(80);

    public static int Run(string[] args)
    {
        var entities = Option(args, "--entities", 100);
        var users = Option(args, "--users", 1_000);
        var total = Stopwatch.StartNew();
        var rows = new List<string[]>();
        var extraLines = new List<string>();

        rows.AddRange(RunClass(new GeneratorCostBenchmarks { Entities = entities }, "Entities=" + entities, ["Files", "Per entity"]));
        rows.AddRange(RunClass(new IncrementalEditBenchmarks { Entities = entities }, "Entities=" + entities, [IncrementalReport.ReRunColumn, IncrementalReport.KeptColumn, IncrementalReport.FilesColumn]));
        extraLines.AddRange(IncrementalEditBenchmarks.LastReport!.Describe());
        rows.AddRange(RunClass(new RealisticModelEditBenchmarks { Entities = 130 }, "Entities=130", [IncrementalReport.ReRunColumn, IncrementalReport.FilesColumn, IncrementalReport.TransformColumn]));
        rows.AddRange(RunClass(new MappingToReadFlat(), "", []));
        rows.AddRange(RunClass(new MappingToReadNested(), "", []));
        rows.AddRange(RunClass(new MappingToEntity(), "", []));
        rows.AddRange(RunClass(new MappingApplyTo(), "", []));
        rows.AddRange(RunClass(new JsonBenchmarks(), "", [], JsonBudgetPerRow));
        rows.AddRange(RunClass(new QueryBenchmarks { Users = users }, "Users=" + users, [QueryBenchmarks.CommandsColumn, QueryBenchmarks.RowsColumn, "Rows/s"]));

        Print(["Class", "Params", "Method", "Runs", "Mean", "Ratio", "Allocated/op", "Extra"], rows);
        Console.WriteLine();
        foreach (var line in extraLines)
        {
            Console.WriteLine(line);
        }

        Console.WriteLine();
        Console.WriteLine($"Quick mode: every scenario ran; {total.Elapsed.TotalSeconds:N1} s in all. Timings here are indicative only; run without --quick for BenchmarkDotNet.");
        return 0;
    }

    private static IEnumerable<string[]> RunClass(object instance, string parameters, string[] extraColumns, TimeSpan? budget = null)
    {
        var budgetPerRow = budget ?? BudgetPerRow;
        var type = instance.GetType();
        foreach (var setup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null))
        {
            setup.Invoke(instance, null);
        }

        var benchmarks = type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null).ToArray();
        var results = new List<(MethodInfo Method, int Runs, double MeanNs, double AllocatedPerOp)>();
        foreach (var method in benchmarks)
        {
            var run = Compile(instance, method);
            var first = Stopwatch.StartNew();
            run();
            var firstTime = first.Elapsed;

            // Light operations: warmed up for a while (so the JIT's later tiers are in), then as many as fit in the budget,
            // counting this thread's allocations; heavy ones (the generator, the queries): a few, counting all threads'.
            var light = firstTime < TimeSpan.FromMilliseconds(1);
            if (light)
            {
                var warmup = Stopwatch.StartNew();
                var calls = 1;
                while (warmup.Elapsed < budgetPerRow / 2)
                {
                    run();
                    calls++;
                }

                firstTime = warmup.Elapsed / calls;
            }

            var runs = light
                ? (int)Math.Clamp(budgetPerRow.TotalMilliseconds / Math.Max(firstTime.TotalMilliseconds, 0.0001), 1_000, 2_000_000)
                : Math.Max(1, (int)(budgetPerRow / firstTime));
            var allocatedBefore = light ? GC.GetAllocatedBytesForCurrentThread() : GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < runs; i++)
            {
                run();
            }

            watch.Stop();
            var allocated = (light ? GC.GetAllocatedBytesForCurrentThread() : GC.GetTotalAllocatedBytes(precise: true)) - allocatedBefore;
            results.Add((method, runs, watch.Elapsed.TotalNanoseconds / runs, (double)allocated / runs));
        }

        foreach (var cleanup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalCleanupAttribute>() is not null))
        {
            cleanup.Invoke(instance, null);
        }

        // A class with categories (BenchmarkCategory) has one baseline per category, as BenchmarkDotNet groups them.
        static string Category(MethodInfo method) => method.GetCustomAttribute<BenchmarkCategoryAttribute>()?.Categories.FirstOrDefault() ?? "";
        foreach (var (method, runs, mean, allocatedPerOp) in results)
        {
            var baseline = results.FirstOrDefault(r => r.Method.GetCustomAttribute<BenchmarkAttribute>()!.Baseline && Category(r.Method) == Category(method));
            var description = method.GetCustomAttribute<BenchmarkAttribute>()!.Description ?? method.Name;
            var extras = extraColumns.Select(column => column switch
            {
                "Per entity" => $"per entity {Time(mean / int.Parse(parameters.Split('=')[1], CultureInfo.InvariantCulture))}",
                "Rows/s" when Measured.Get(type, method.Name, parameters, QueryBenchmarks.RowsColumn) is { } rowsPerOp =>
                    $"Rows/s {Measured.Format(double.Parse(rowsPerOp, NumberStyles.Number, CultureInfo.InvariantCulture) / (mean / 1e9))}",
                _ when Measured.Get(type, method.Name, parameters, column) is { } value => $"{column} {value}",
                _ => null,
            }).Where(e => e is not null);
            yield return
            [
                type.Name,
                parameters,
                Category(method) is "" ? description : Category(method) + ", " + description,
                runs.ToString("N0", CultureInfo.InvariantCulture),
                Time(mean),
                baseline.Method is null ? "" : (mean / baseline.MeanNs).ToString("0.00", CultureInfo.InvariantCulture),
                Bytes(allocatedPerOp),
                string.Join("; ", extras),
            ];
        }
    }

    /// <summary>A delegate that calls the benchmark method directly (no reflection per call).</summary>
    private static Action Compile(object instance, MethodInfo method) =>
        Expression.Lambda<Action>(Expression.Call(Expression.Constant(instance), method)).Compile();

    private static void Print(string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => i is 3 or 4 or 5 or 6 ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))) + " |";
        Console.WriteLine(Line(header));
        Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in rows)
        {
            Console.WriteLine(Line(row));
        }
    }

    private static string Time(double ns) => ns switch
    {
        < 1_000 => $"{ns:N1} ns",
        < 1_000_000 => $"{ns / 1_000:N2} μs",
        < 1_000_000_000 => $"{ns / 1_000_000:N1} ms",
        _ => $"{ns / 1_000_000_000:N2} s",
    };

    private static string Bytes(double bytes) => bytes switch
    {
        < 10_000 => $"{bytes:N0} B",
        < 10_000_000 => $"{bytes / 1_024:N1} KB",
        _ => $"{bytes / 1_048_576:N1} MB",
    };

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
