using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace EntityDtoGen.Benchmarks;

/// <summary>
/// <c>--quick</c>: every scenario a few times with a Stopwatch at small sizes, a compact table, exit 0 (a smoke test; it
/// checks that every row computes the same result, never how fast). Otherwise the arguments go to BenchmarkDotNet's
/// switcher (<c>--filter '*Mapping*'</c>, <c>--job short</c>, ...). The benchmarks run in process (<c>--inProcess</c> is
/// added): the extra columns (commands per operation, outputs re-emitted) are measured in setup and read by the summary.
/// One class alone: <c>--filter '*GeneratorCost*'</c>, <c>'*IncrementalEdit*'</c>, <c>'*Mapping*'</c>, <c>'*QueryBenchmarks*'</c>,
/// <c>'*JsonBenchmarks*'</c> (System.Text.Json: reflection, DtoJson metadata, STJ's source generator, a converter),
/// <c>'*RealisticModelEdit*'</c> (a one-character edit on the realistic model, 130 and 1,000 entities).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--quick"))
        {
            return QuickRun.Run(args);
        }

        var switcherArgs = args.Any(a => a is "--inProcess" or "-i") ? args : [.. args, "--inProcess"];
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(switcherArgs);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
