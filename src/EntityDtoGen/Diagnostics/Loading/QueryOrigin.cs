using System;
using System.Collections.Immutable;
using System.Linq;
using EntityDtoGen.Model;
using EntityDtoGen.Parsing;
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

    /// <summary>The results keyed in memory (<c>ToDictionary(u =&gt; u.Id)</c>): an indexer reads one entity, <c>Values</c> all.</summary>
    Lookup,

    /// <summary>The results grouped in memory (<c>GroupBy</c>, <c>ToLookup</c>): each group is a sequence of them.</summary>
    Groups,
}

/// <summary>The navigation paths a query includes.</summary>
/// <param name="Paths">Dotted paths (<c>Assessments.Questions</c>) from <c>Include</c>/<c>ThenInclude</c> and the generated helpers.</param>
/// <param name="Last">The path the last <c>Include</c> or <c>ThenInclude</c> ended on, which a <c>ThenInclude</c> extends.</param>
/// <param name="ForRead">Has <c>IncludeForRead()</c>: exactly the Read graph.</param>
/// <param name="Unknown">Has includes the analyzer cannot read (<c>IncludePaths(userInput)</c>, a computed string): it assumes they cover.</param>
/// <param name="Back">
/// Navigations back to the entity this one was reached from (<c>a.Owner</c> under <c>u.Assessments</c>): EF Core's fix-up
/// fills them with the entity already loaded.
/// </param>
internal sealed record IncludeSet(ImmutableHashSet<string> Paths, string? Last, bool ForRead, bool Unknown, ImmutableHashSet<string> Back)
{
    public static readonly IncludeSet None = new(ImmutableHashSet<string>.Empty, null, false, false, ImmutableHashSet<string>.Empty);

    public IncludeSet Add(string path) => this with { Paths = Paths.Add(path), Last = path };

    /// <summary>Whether the navigation path is loaded: included itself or as the start of a longer included path.</summary>
    public bool Covers(string path) =>
        ForRead || Unknown || Back.Contains(path) || Paths.Contains(path) || Paths.Any(p => p.StartsWith(path + ".", StringComparison.Ordinal));

    /// <summary>
    /// What is included below a navigation these includes cover, seen from its target: the rest of each path through it.
    /// Under <c>IncludeForRead()</c> that is the Read graph below it, or unknown when the Read graph does not nest it.
    /// </summary>
    public IncludeSet Under(string navigation, INamedTypeSymbol owner, INamedTypeSymbol target)
    {
        if (Unknown)
        {
            return this with { Paths = ImmutableHashSet<string>.Empty, Last = null, Back = ImmutableHashSet<string>.Empty };
        }

        var paths = Paths;
        if (ForRead)
        {
            var readPaths = ReadGraph.Paths(owner).Select(p => p.Path).ToList();
            if (!readPaths.Contains(navigation))
            {
                return None with { Unknown = true };
            }

            paths = readPaths.ToImmutableHashSet();
        }

        var prefix = navigation + ".";
        var below = paths.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p.Substring(prefix.Length)).ToImmutableHashSet();
        var back = EntityShape.Properties(target)
            .Where(p => TypeClassifier.Classify(p.Type, out var type) is MemberShape.Reference or MemberShape.Collection && SymbolEqualityComparer.Default.Equals(type, owner))
            .Select(p => p.Name)
            .ToImmutableHashSet();
        return new IncludeSet(below, null, false, false, back);
    }
}

/// <summary>Where a value comes from: a query of an entity type, with what it includes.</summary>
/// <param name="Shape">Query, results, or one entity.</param>
/// <param name="Entity">The entity type the query is about.</param>
/// <param name="Includes">What the query includes.</param>
/// <param name="Tracked">The query tracks its entities (no <c>AsNoTracking</c>), so other queries in the method fill in navigations.</param>
/// <param name="PerItem">An element visited one at a time (a loop variable, the parameter of a lambda over the results).</param>
/// <param name="Query">Where the query's root (its <c>DbSet</c>) is written: the code fixes insert includes after it.</param>
/// <param name="Nested">Reached through a navigation of the query's entity, so <see cref="Entity"/> is not the query's.</param>
internal sealed record QueryOrigin(OriginShape Shape, INamedTypeSymbol Entity, IncludeSet Includes, bool Tracked, bool PerItem, Location Query, bool Nested = false)
{
    public QueryOrigin With(OriginShape shape) => this with { Shape = shape };
}
