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

    public static EquatableArray<IncludePathModel> Read(INamedTypeSymbol entity, CancellationToken cancellationToken)
    {
        var paths = new List<IncludePathModel>();
        var onPath = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default) { entity };
        Walk(entity, previous: null, string.Empty, 1, onPath, paths, cancellationToken);
        return new EquatableArray<IncludePathModel>(paths.ToArray());
    }

    private static void Walk(
        INamedTypeSymbol type,
        (INamedTypeSymbol Source, Navigation Navigation, string Path)? previous,
        string prefix,
        int depth,
        HashSet<INamedTypeSymbol> onPath,
        List<IncludePathModel> paths,
        CancellationToken cancellationToken)
    {
        foreach (var navigation in EntityShape.Navigations(type, cancellationToken).Where(n => !n.Markers.Secret))
        {
            var path = prefix + navigation.Property.Name;
            // EF Core refuses only a reference that walks back along the inverse of the step before; walking back into
            // an inverse collection loads the siblings and stays as it is.
            var walksBack = previous is { } step
                && !navigation.IsCollection
                && SymbolEqualityComparer.Default.Equals(navigation.Target, step.Source)
                && AreInverse(step.Source, step.Navigation, type, navigation, cancellationToken);
            paths.Add(new IncludePathModel(path, walksBack ? previous!.Value.Path : path));
            if (depth < MaxDepth && onPath.Add(navigation.Target))
            {
                Walk(navigation.Target, (type, navigation, path), path + ".", depth + 1, onPath, paths, cancellationToken);
                onPath.Remove(navigation.Target);
            }
        }
    }

    /// <summary>
    /// EF Core's pairing: <c>[InverseProperty]</c> on either side, or else the only navigation from each type to the other.
    /// </summary>
    private static bool AreInverse(INamedTypeSymbol first, Navigation forward, INamedTypeSymbol second, Navigation back, CancellationToken cancellationToken)
    {
        var forwardInverse = InverseName(forward.Property);
        var backInverse = InverseName(back.Property);
        if (forwardInverse is not null || backInverse is not null)
        {
            return forwardInverse == back.Property.Name || backInverse == forward.Property.Name;
        }

        return CountNavigations(first, second, cancellationToken) == 1 && CountNavigations(second, first, cancellationToken) == 1;
    }

    private static int CountNavigations(INamedTypeSymbol from, INamedTypeSymbol to, CancellationToken cancellationToken) =>
        EntityShape.Navigations(from, cancellationToken).Count(n => SymbolEqualityComparer.Default.Equals(n.Target, to));

    private static string? InverseName(IPropertySymbol property) =>
        property.GetAttributes()
            .FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == KnownNames.InversePropertyAttribute)?
            .ConstructorArguments.FirstOrDefault().Value as string;
}
