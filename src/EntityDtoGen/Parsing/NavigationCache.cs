using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>
/// What is read about each class met while parsing one entity: its navigation candidates, key and whether it is an
/// entity by itself. The include graph and path walks visit the same classes many times; reading each once keeps the
/// transform cheap.
/// </summary>
internal sealed class NavigationCache(CancellationToken cancellationToken)
{
    private readonly Dictionary<INamedTypeSymbol, Navigation[]> _byType = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, string> _keys = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, bool> _entities = new(SymbolEqualityComparer.Default);

    /// <summary><see cref="TypeClassifier.IsEntityByItself"/>, read once per type.</summary>
    public bool IsEntityByItself(INamedTypeSymbol type)
    {
        if (!_entities.TryGetValue(type, out var result))
        {
            result = TypeClassifier.IsEntityByItself(type);
            _entities.Add(type, result);
        }

        return result;
    }

    /// <summary>The type's <see cref="TypeKeys"/> key, built once per type.</summary>
    public string KeyOf(INamedTypeSymbol type)
    {
        if (!_keys.TryGetValue(type, out var key))
        {
            key = TypeKeys.Of(type);
            _keys.Add(type, key);
        }

        return key;
    }

    public IReadOnlyList<Navigation> Of(INamedTypeSymbol type)
    {
        if (!_byType.TryGetValue(type, out var navigations))
        {
            navigations = EntityShape.Navigations(type, this, cancellationToken).ToArray();
            _byType.Add(type, navigations);
        }

        return navigations;
    }
}
