using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace EntityDtoGen.EntityFrameworkCore;

/// <summary>
/// Counts the SQL commands EF Core sends, per <see cref="DbContext"/> (in ASP.NET Core, per request) or per
/// <see cref="Begin"/> scope, and reports when the same SQL runs more than <see cref="QueryGuardOptions.RepeatLimit"/>
/// times in one of them: the signature of an N+1 loop. It logs a warning, or throws, as
/// <see cref="QueryGuardOptions.OnRepeat"/> says; <see cref="Commands"/> lets a test assert what an operation sent.
/// </summary>
public sealed class QueryGuard : DbCommandInterceptor
{
    private static readonly AsyncLocal<QueryGuardScope?> CurrentScope = new();

    private readonly ConditionalWeakTable<DbContext, Counter> _perContext = new();
    private readonly ConcurrentQueue<string> _commands = new();

    /// <summary>Creates a guard.</summary>
    /// <param name="options">The limit and what to do beyond it; the defaults when null.</param>
    public QueryGuard(QueryGuardOptions? options = null) => Options = options ?? new QueryGuardOptions();

    /// <summary>The limit and what to do beyond it.</summary>
    public QueryGuardOptions Options { get; }

    /// <summary>The SQL of every command sent through this guard since it was created or <see cref="Reset"/>, in order.</summary>
    public IReadOnlyList<string> Commands => [.. _commands];

    /// <summary>Forgets the commands sent so far (a test calls it before the operation it checks).</summary>
    public void Reset()
    {
        while (_commands.TryDequeue(out _))
        {
        }
    }

    /// <summary>
    /// Starts a scope on the current flow of execution (a test's <c>using</c> block, a background job's iteration): its
    /// commands are counted together, across contexts, and listed in <see cref="QueryGuardScope.Commands"/>.
    /// </summary>
    /// <param name="name">Names the scope in reports.</param>
    /// <returns>The scope; disposing it ends it.</returns>
    public static QueryGuardScope Begin(string name = "") => new(name, CurrentScope);

    /// <inheritdoc/>
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command, eventData);
        return result;
    }

    /// <inheritdoc/>
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return new(result);
    }

    /// <inheritdoc/>
    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command, eventData);
        return result;
    }

    /// <inheritdoc/>
    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return new(result);
    }

    /// <inheritdoc/>
    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command, eventData);
        return result;
    }

    /// <inheritdoc/>
    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return new(result);
    }

    private void Record(DbCommand command, CommandEventData eventData)
    {
        var sql = command.CommandText;
        _commands.Enqueue(sql);
        var scope = CurrentScope.Value;
        scope?.Add(sql);

        // One count per scope when there is one, else per context: what one request or one operation sends.
        var counter = scope?.Counter ?? (eventData.Context is { } context ? _perContext.GetValue(context, static _ => new Counter()) : null);
        if (counter is null || counter.Increment(sql) != Options.RepeatLimit + 1)
        {
            return;
        }

        var where = scope is null ? "one " + eventData.Context!.GetType().Name : "the scope '" + scope.Name + "'";
        var message = $"N+1: the same SQL ran {Options.RepeatLimit + 1} times in {where} (limit {Options.RepeatLimit}); load what each item needs in one query (Include, SelectRead, or a projection). The SQL:{Environment.NewLine}{sql}";
        if (Options.OnRepeat == QueryGuardAction.Throw)
        {
            throw new QueryGuardException(message);
        }

        Log(eventData.Context, message);
    }

    private static void Log(DbContext? context, string message)
    {
        var factory = context?.GetService<ILoggerFactory>();
        factory?.CreateLogger("EntityDtoGen.QueryGuard").LogWarning("{Message}", message);
    }

    /// <summary>How many times each SQL text ran.</summary>
    internal sealed class Counter
    {
        private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

        public int Increment(string sql) => _counts.AddOrUpdate(sql, 1, static (_, count) => count + 1);
    }
}
