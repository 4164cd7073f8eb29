using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace EntityDtoGen.EntityFrameworkCore;

/// <summary>
/// A scope of <see cref="QueryGuard.Begin"/>: the commands sent on this flow of execution until it is disposed, counted
/// together for the repeat limit. Scopes nest; the inner one counts on its own.
/// </summary>
public sealed class QueryGuardScope : IDisposable
{
    private readonly AsyncLocal<QueryGuardScope?> _current;
    private readonly QueryGuardScope? _outer;
    private readonly ConcurrentQueue<string> _commands = new();

    internal QueryGuardScope(string name, AsyncLocal<QueryGuardScope?> current)
    {
        Name = name;
        _current = current;
        _outer = current.Value;
        current.Value = this;
    }

    /// <summary>The name given to <see cref="QueryGuard.Begin"/>.</summary>
    public string Name { get; }

    /// <summary>The SQL of the commands sent in this scope, in order.</summary>
    public IReadOnlyList<string> Commands => [.. _commands];

    internal QueryGuard.Counter Counter { get; } = new();

    internal void Add(string sql) => _commands.Enqueue(sql);

    /// <summary>Ends the scope.</summary>
    public void Dispose() => _current.Value = _outer;
}
