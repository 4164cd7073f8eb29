using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>
/// The navigations of each class met while parsing one entity. The include graph and path walks visit the same classes
/// many times; reading a class's members and markers once keeps the transform cheap.
/// </summary>
internal sealed class NavigationCache(CancellationToken cancellationToken)
{
    private readonly Dictionary<INamedTypeSymbol, Navigation[]> _byType = new(SymbolEqualityComparer.Default);

    public IReadOnlyList<Navigation> Of(INamedTypeSymbol type)
    {
        if (!_byType.TryGetValue(type, out var navigations))
        {
            navigations = EntityShape.Navigations(type, cancellationToken).ToArray();
            _byType.Add(type, navigations);
        }

        return navigations;
    }
}
