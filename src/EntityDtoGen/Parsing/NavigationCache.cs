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
internal sealed class NavigationCache(Compilation compilation, CancellationToken cancellationToken)
{
    private Dictionary<INamedTypeSymbol, ForeignEntity>? _foreign;

    private readonly Dictionary<INamedTypeSymbol, Navigation[]> _byType = new(SymbolEqualityComparer.Default);
    private readonly TypeKeyCache _keys = new();
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
    public string KeyOf(INamedTypeSymbol type) => _keys.Of(type);

    /// <summary>The <c>[assembly: GenerateDtosFor]</c> of this compilation that names the type, if any.</summary>
    public ForeignEntity? ForeignEntity(INamedTypeSymbol type)
    {
        if (_foreign is null)
        {
            _foreign = new Dictionary<INamedTypeSymbol, ForeignEntity>(SymbolEqualityComparer.Default);
            foreach (var named in GenerationMap.ForeignEntities(compilation))
            {
                if (!_foreign.ContainsKey(named.Entity.OriginalDefinition))
                {
                    _foreign.Add(named.Entity.OriginalDefinition, named);
                }
            }
        }

        return _foreign.TryGetValue(type.OriginalDefinition, out var foreign) ? foreign : null;
    }

    /// <summary>
    /// The <c>global::</c>-qualified prefix of a class's generated types: its namespace and simple name, or the namespace
    /// a <c>GenerateDtosFor</c> gives it.
    /// </summary>
    public string GeneratedPrefix(INamedTypeSymbol type) =>
        ForeignEntity(type) is { } foreign
            ? "global::" + (foreign.Namespace.Length == 0 ? string.Empty : foreign.Namespace + ".") + type.Name
            : MemberReader.GeneratedPrefix(type);

    /// <summary>The class gets a Read DTO: by <c>[GenerateDtos]</c> with Read, or by a <c>GenerateDtosFor</c> with Read.</summary>
    public bool HasReadDtos(INamedTypeSymbol type) =>
        IncludeGraph.HasReadDtos(type)
        || (ForeignEntity(type) is { } foreign && (EntityParser.ReadKinds(foreign.Attribute) & Model.GeneratedKinds.Read) != 0);

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
