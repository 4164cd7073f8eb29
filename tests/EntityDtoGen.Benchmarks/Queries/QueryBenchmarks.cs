using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.EntityFrameworkCore;

namespace EntityDtoGen.Benchmarks.Queries;

/// <summary>
/// Reading every user with their assessments as <c>UserRead</c> from SQLite (in memory, connection kept open): the
/// projection, loading entities then mapping, and the N+1 pattern. Commands per operation are counted by a
/// <c>DbCommandInterceptor</c> on one run of each row in setup; rows/s counts users + assessments read per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ColumnsConfig))]
public class QueryBenchmarks
{
    public const string CommandsColumn = "Commands/op";
    public const string RowsColumn = "Rows/op";

    private QueryDatabase _database = null!;

    [Params(10_000)]
    public int Users { get; set; } = 10_000;

    [GlobalSetup]
    public void Setup()
    {
        _database = new QueryDatabase(Users);
        var parameters = "Users=" + Users;
        string? expected = null;
        foreach (var (name, run) in new (string, Func<List<UserRead>>)[]
        {
            (nameof(SelectRead), SelectRead),
            (nameof(IncludeForReadThenToRead), IncludeForReadThenToRead),
            (nameof(IncludeForReadNoTrackingThenToRead), IncludeForReadNoTrackingThenToRead),
            (nameof(NPlusOne), NPlusOne),
        })
        {
            _database.Counter.Reset();
            var result = run();
            Measured.Set(typeof(QueryBenchmarks), name, parameters, CommandsColumn, _database.Counter.Count);
            Measured.Set(typeof(QueryBenchmarks), name, parameters, RowsColumn, result.Count + result.Sum(u => u.Assessments.Count));

            // Every row must read the same graph: same users, same assessments, same values.
            var canonical = Canonical(result);
            if (expected is not null && canonical != expected)
            {
                throw new InvalidOperationException($"{name} read a different graph than {nameof(SelectRead)}.");
            }

            expected ??= canonical;
        }

        if (!expected!.Contains("Assessment", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Nothing was read.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    /// <summary><c>db.Users.SelectRead().ToList()</c>: one projection, nested assessments included.</summary>
    [Benchmark(Baseline = true)]
    public List<UserRead> SelectRead()
    {
        using var db = _database.CreateContext();
        return db.Users.SelectRead().ToList();
    }

    /// <summary><c>IncludeForRead().ToList()</c> (tracking, as for a PATCH), then <c>ToRead()</c> on each user.</summary>
    [Benchmark]
    public List<UserRead> IncludeForReadThenToRead()
    {
        using var db = _database.CreateContext();
        return db.Users.IncludeForRead().ToList().Select(u => u.ToRead()).ToList();
    }

    /// <summary>The same with <c>AsNoTracking()</c>.</summary>
    [Benchmark]
    public List<UserRead> IncludeForReadNoTrackingThenToRead()
    {
        using var db = _database.CreateContext();
        return db.Users.AsNoTracking().IncludeForRead().ToList().Select(u => u.ToRead()).ToList();
    }

    /// <summary>N+1: load the users, then each user's assessments with one query per user, then <c>ToRead()</c>.</summary>
    [Benchmark]
    public List<UserRead> NPlusOne()
    {
        using var db = _database.CreateContext();
        var users = db.Users.AsNoTracking().ToList();
        var result = new List<UserRead>(users.Count);
#pragma warning disable EDG201 // The N+1 pattern is what this row measures.
        foreach (var user in users)
        {
            user.Assessments = db.Assessments.AsNoTracking().Where(a => a.OwnerId == user.Id).ToList();
            result.Add(user.ToRead());
        }
#pragma warning restore EDG201

        return result;
    }

    /// <summary>The graph as text, users and assessments ordered by id (SQL promises no order).</summary>
    private static string Canonical(List<UserRead> users) =>
        System.Text.Json.JsonSerializer.Serialize(users.OrderBy(u => u.Id).Select(u => u with { Assessments = u.Assessments.OrderBy(a => a.Id).ToList() }));

    private sealed class ColumnsConfig : ManualConfig
    {
        public ColumnsConfig()
        {
            AddColumn(
                FuncColumn.Recorded(typeof(QueryBenchmarks), CommandsColumn, "Commands sent per operation (DbCommandInterceptor, one run in setup)"),
                FuncColumn.Recorded(typeof(QueryBenchmarks), RowsColumn, "Users + assessments read per operation"),
                new FuncColumn(typeof(QueryBenchmarks), "Rows/s", "Users + assessments read per second (Rows/op / Mean)", (summary, benchmark) =>
                    FuncColumn.MeanNanoseconds(summary, benchmark) is { } mean
                    && Measured.Get(typeof(QueryBenchmarks), benchmark.Descriptor.WorkloadMethod.Name, Measured.Parameters(benchmark), RowsColumn) is { } rows
                        ? Measured.Format(double.Parse(rows, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture) / (mean / 1e9))
                        : null));
        }
    }
}
