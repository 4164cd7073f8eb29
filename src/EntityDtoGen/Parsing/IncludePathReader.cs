using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>
/// The candidates for the allow-list behind <c>{Entity}Includes.Paths</c>: every dotted path of class-typed members of
/// depth 3 or less that never continues from a type already on the path (the root included), though it may end on
/// one. Depth-first, in declaration order. <c>[Secret]</c> members are not offered to clients. Which steps are
/// navigations depends on the EF Core configuration, so the planner filters these.
/// </summary>
internal static class IncludePathReader
{
    public const int MaxDepth = 3;

    public static EquatableArray<IncludePathCandidate> Read(INamedTypeSymbol entity, NavigationCache navigations)
    {
        var paths = new List<IncludePathCandidate>();
        var onPath = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default) { entity };
        Walk(entity, previous: null, string.Empty, [], 1, onPath, paths, navigations);
        return new EquatableArray<IncludePathCandidate>(paths.ToArray());
    }

    private static void Walk(
        INamedTypeSymbol type,
        (INamedTypeSymbol Source, Navigation Navigation, string Path)? previous,
        string prefix,
        NavigationStep[] steps,
        int depth,
        HashSet<INamedTypeSymbol> onPath,
        List<IncludePathCandidate> paths,
        NavigationCache navigations)
    {
        foreach (var navigation in navigations.Of(type).Where(n => !n.Markers.Secret))
        {
            var path = prefix + navigation.Property.Name;
            var pathSteps = steps.Append(new NavigationStep(navigations.KeyOf(type), navigation.Property.Name, navigations.KeyOf(navigation.Target), navigation.TargetIsEntity)).ToArray();
            // EF Core refuses only a reference that walks back along the inverse of the step before; walking back into
            // an inverse collection loads the siblings and stays as it is.
            var walksBack = previous is { } step
                && !navigation.IsCollection
                && SymbolEqualityComparer.Default.Equals(navigation.Target, step.Source)
                && AreInverse(step.Source, step.Navigation, type, navigation, navigations);
            paths.Add(new IncludePathCandidate(path, walksBack ? previous!.Value.Path : path, new EquatableArray<NavigationStep>(pathSteps)));
            if (depth < MaxDepth && onPath.Add(navigation.Target))
            {
                Walk(navigation.Target, (type, navigation, path), path + ".", pathSteps, depth + 1, onPath, paths, navigations);
                onPath.Remove(navigation.Target);
            }
        }
    }

    /// <summary>
    /// EF Core's pairing: <c>[InverseProperty]</c> on either side, or else the only navigation from each type to the other.
    /// </summary>
    private static bool AreInverse(INamedTypeSymbol first, Navigation forward, INamedTypeSymbol second, Navigation back, NavigationCache navigations)
    {
        var forwardInverse = InverseName(forward.Property);
        var backInverse = InverseName(back.Property);
        if (forwardInverse is not null || backInverse is not null)
        {
            return forwardInverse == back.Property.Name || backInverse == forward.Property.Name;
        }

        return CountNavigations(first, second, navigations) == 1 && CountNavigations(second, first, navigations) == 1;
    }

    private static int CountNavigations(INamedTypeSymbol from, INamedTypeSymbol to, NavigationCache navigations) =>
        navigations.Of(from).Count(n => SymbolEqualityComparer.Default.Equals(n.Target, to));

    private static string? InverseName(IPropertySymbol property) =>
        property.GetAttributes()
            .FirstOrDefault(a => a.Is(KnownNames.InversePropertyAttribute))?
            .ConstructorArguments.FirstOrDefault().Value as string;
}
