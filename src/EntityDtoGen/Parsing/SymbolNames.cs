using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>
/// Compares a type with a metadata name without building its display string: the transform does this for every
/// attribute of every property on every keystroke.
/// </summary>
internal static class SymbolNames
{
    public static bool HasMetadataName(this ITypeSymbol? type, string metadataName)
    {
        if (type is null || type.ContainingType is not null)
        {
            return false;
        }

        var dot = metadataName.LastIndexOf('.');
        if (!Matches(type.MetadataName, metadataName, dot + 1, metadataName.Length))
        {
            return false;
        }

        var @namespace = type.ContainingNamespace;
        var end = dot;
        while (end > 0)
        {
            if (@namespace is null || @namespace.IsGlobalNamespace)
            {
                return false;
            }

            var start = metadataName.LastIndexOf('.', end - 1) + 1;
            if (!Matches(@namespace.Name, metadataName, start, end))
            {
                return false;
            }

            @namespace = @namespace.ContainingNamespace;
            end = start - 1;
        }

        return @namespace is { IsGlobalNamespace: true };
    }

    public static bool Is(this AttributeData attribute, string metadataName) => attribute.AttributeClass.HasMetadataName(metadataName);

    private static bool Matches(string name, string text, int start, int end) =>
        name.Length == end - start && string.CompareOrdinal(name, 0, text, start, end - start) == 0;
}
