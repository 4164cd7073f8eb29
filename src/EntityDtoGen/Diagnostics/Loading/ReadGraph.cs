using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Parsing;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Diagnostics.Loading;

/// <summary>
/// The navigation paths a Read DTO nests (<c>[IncludeInRead]</c>, followed through the targets' own): what
/// <c>ToRead()</c> reads and a query must have loaded. EDG004 keeps the graph free of cycles; a depth limit guards anyway.
/// </summary>
internal static class ReadGraph
{
    /// <summary>Each nested path with the entity type at its end.</summary>
    public static IReadOnlyList<(string Path, INamedTypeSymbol Target)> Paths(INamedTypeSymbol entity)
    {
        var paths = new List<(string, INamedTypeSymbol)>();
        Add(entity, string.Empty, paths, 0);
        return paths;
    }

    /// <summary>The entity types a query's includes load besides its own.</summary>
    public static IEnumerable<INamedTypeSymbol> Targets(INamedTypeSymbol entity, IncludeSet includes)
    {
        if (includes.ForRead)
        {
            return Paths(entity).Select(p => p.Target);
        }

        var targets = new List<INamedTypeSymbol>();
        foreach (var path in includes.Paths)
        {
            var type = entity;
            foreach (var step in path.Split('.'))
            {
                var property = EntityShape.Properties(type).FirstOrDefault(p => p.Name == step);
                if (property is null || TypeClassifier.Classify(property.Type, out var target) is not (Model.MemberShape.Reference or Model.MemberShape.Collection) || target is null)
                {
                    break;
                }

                targets.Add(target);
                type = target;
            }
        }

        return targets;
    }

    private static void Add(INamedTypeSymbol entity, string prefix, List<(string, INamedTypeSymbol)> paths, int depth)
    {
        if (depth > 5)
        {
            return;
        }

        foreach (var property in EntityShape.Properties(entity))
        {
            if (!property.GetAttributes().Any(a => a.Is(KnownNames.IncludeInReadAttribute)) || property.GetAttributes().Any(a => a.Is(KnownNames.SecretAttribute)))
            {
                continue;
            }

            if (TypeClassifier.Classify(property.Type, out var target) is Model.MemberShape.Reference or Model.MemberShape.Collection && target is not null)
            {
                var path = prefix + property.Name;
                paths.Add((path, target));
                Add(target, path + ".", paths, depth + 1);
            }
        }
    }
}
