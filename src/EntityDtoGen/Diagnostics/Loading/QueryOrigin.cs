using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Diagnostics.Loading;

/// <summary>What an expression holds, as far as loading goes.</summary>
internal enum OriginShape
{
    /// <summary>An <c>IQueryable&lt;T&gt;</c> rooted in a <c>DbSet&lt;T&gt;</c>: nothing has run yet.</summary>
    Query,

    /// <summary>The materialized results of such a query (<c>ToList()</c>, <c>ToArrayAsync()</c>, …).</summary>
    Sequence,

    /// <summary>One entity such a query loaded (<c>First()</c>, <c>FindAsync()</c>, an element of the results).</summary>
    Entity,
}

/// <summary>The navigation paths a query includes.</summary>
/// <param name="Paths">Dotted paths (<c>Assessments.Questions</c>) from <c>Include</c>/<c>ThenInclude</c> and the generated helpers.</param>
/// <param name="Last">The path the last <c>Include</c> or <c>ThenInclude</c> ended on, which a <c>ThenInclude</c> extends.</param>
/// <param name="ForRead">Has <c>IncludeForRead()</c>: exactly the Read graph.</param>
/// <param name="Unknown">Has includes the analyzer cannot read (<c>IncludePaths(userInput)</c>, a computed string): it assumes they cover.</param>
internal sealed record IncludeSet(ImmutableHashSet<string> Paths, string? Last, bool ForRead, bool Unknown)
{
    public static readonly IncludeSet None = new(ImmutableHashSet<string>.Empty, null, false, false);

    public IncludeSet Add(string path) => this with { Paths = Paths.Add(path), Last = path };

    /// <summary>Whether the navigation path is loaded: included itself or as the start of a longer included path.</summary>
    public bool Covers(string path) =>
        ForRead || Unknown || Paths.Contains(path) || System.Linq.Enumerable.Any(Paths, p => p.StartsWith(path + ".", System.StringComparison.Ordinal));
}

/// <summary>Where a value comes from: a query of an entity type, with what it includes.</summary>
/// <param name="Shape">Query, results, or one entity.</param>
/// <param name="Entity">The entity type the query is about.</param>
/// <param name="Includes">What the query includes.</param>
/// <param name="Tracked">The query tracks its entities (no <c>AsNoTracking</c>), so other queries in the method fill in navigations.</param>
/// <param name="PerItem">An element visited one at a time (a loop variable, the parameter of a lambda over the results).</param>
/// <param name="Query">Where the query is written, for messages.</param>
internal sealed record QueryOrigin(OriginShape Shape, INamedTypeSymbol Entity, IncludeSet Includes, bool Tracked, bool PerItem, Location Query)
{
    public QueryOrigin With(OriginShape shape) => this with { Shape = shape };
}
