using System;
using Microsoft.EntityFrameworkCore;

namespace EntityDtoGen.EntityFrameworkCore;

/// <summary>Adds a <see cref="QueryGuard"/> to a context's options.</summary>
public static class QueryGuardExtensions
{
    /// <summary>
    /// Counts this context's commands with <paramref name="guard"/>:
    /// <c>options.UseSqlite(…).AddQueryGuard(guard)</c>, with one guard for the application (a singleton) so a test can
    /// read <see cref="QueryGuard.Commands"/>.
    /// </summary>
    /// <param name="builder">The context's options.</param>
    /// <param name="guard">The guard.</param>
    /// <returns>The same options, to chain.</returns>
    public static DbContextOptionsBuilder AddQueryGuard(this DbContextOptionsBuilder builder, QueryGuard guard)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(guard);
        return builder.AddInterceptors(guard);
    }

    /// <inheritdoc cref="AddQueryGuard(DbContextOptionsBuilder, QueryGuard)"/>
    /// <typeparam name="TContext">The context type.</typeparam>
    public static DbContextOptionsBuilder<TContext> AddQueryGuard<TContext>(this DbContextOptionsBuilder<TContext> builder, QueryGuard guard)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(guard);
        return builder.AddInterceptors(guard);
    }
}
