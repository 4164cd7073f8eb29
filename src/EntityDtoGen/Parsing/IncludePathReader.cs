using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>
/// The allow-list behind <c>{Entity}Includes.Paths</c>: every dotted navigation path of depth 3 or less that never
/// continues from a type already on the path (the root included), though it may end on one. Depth-first, in
/// declaration order. <c>[Secret]</c> navigations are not offered to clients.
/// </summary>
internal static class IncludePathReader
{
    public const int MaxDepth = 3;

    public static EquatableArray<string> Read(INamedTypeSymbol entity, CancellationToken cancellationToken)
    {
        var paths = new List<string>();
        var onPath = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default) { entity };
        Walk(entity, string.Empty, 1, onPath, paths, cancellationToken);
        return new EquatableArray<string>(paths.ToArray());
    }

    private static void Walk(INamedTypeSymbol type, string prefix, int depth, HashSet<INamedTypeSymbol> onPath, List<string> paths, CancellationToken cancellationToken)
    {
        foreach (var navigation in EntityShape.Navigations(type, cancellationToken).Where(n => !n.Markers.Secret))
        {
            var path = prefix + navigation.Property.Name;
            paths.Add(path);
            if (depth < MaxDepth && onPath.Add(navigation.Target))
            {
                Walk(navigation.Target, path + ".", depth + 1, onPath, paths, cancellationToken);
                onPath.Remove(navigation.Target);
            }
        }
    }
}
