using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>
/// The string that names a type in <see cref="Model.ModelFact"/>s and declarations: its definition, fully qualified, so
/// <c>BaseEntity&lt;TKey&gt;</c> read from a generic configuration and <c>BaseEntity&lt;Guid&gt;</c> from an entity meet.
/// </summary>
internal static class TypeKeys
{
    public static string Of(ITypeSymbol type) => type.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
}

/// <summary>
/// <see cref="TypeKeys"/> built once per type for the length of one read: a read names the same few types many times,
/// and each key is a display string.
/// </summary>
internal sealed class TypeKeyCache
{
    private readonly Dictionary<ITypeSymbol, string> _keys = new(SymbolEqualityComparer.Default);

    public string Of(ITypeSymbol type)
    {
        if (!_keys.TryGetValue(type, out var key))
        {
            key = TypeKeys.Of(type);
            _keys.Add(type, key);
        }

        return key;
    }
}
