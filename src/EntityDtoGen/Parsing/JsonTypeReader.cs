using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>
/// The JSON metadata a member's type needs from the generated <c>DtoJson</c>: enums, nullable structs, the collections
/// and dictionaries System.Text.Json has metadata helpers for, and <c>Optional&lt;T&gt;</c>, each with what it contains.
/// Framework scalars come from <c>DtoJsonMetadata.BuiltIn</c>; any other type (a user's class, a provider value type) is
/// left to the next resolver of the options' chain, as a source-generated context would supply it.
/// </summary>
internal static class JsonTypeReader
{
    private const string Metadata = "global::EntityDtoGen.DtoJsonMetadata.";

    /// <summary>The registrations <paramref name="type"/> needs, and those of the nullable form a Create member may use.</summary>
    public static EquatableArray<JsonTypeModel> Read(ITypeSymbol type, JsonTypeNames? names = null)
    {
        names ??= JsonTypeNames.Plain;
        var result = new List<JsonTypeModel>();
        Add(type, names, result, 0);
        if (type is INamedTypeSymbol { IsValueType: true } && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T && !IsBuiltIn(type)
            && names.Name(type, annotated: false) is { } name)
        {
            result.Add(new JsonTypeModel(name + "?", Metadata + "Nullable<" + name + ">(options)"));
        }

        return new EquatableArray<JsonTypeModel>(result.ToArray());
    }

    /// <summary>The registration of <c>Optional&lt;T&gt;</c> for an Update member of type <paramref name="valueType"/>.</summary>
    /// <param name="valueType">The member's type with its nullable annotation.</param>
    /// <param name="isReferenceType">Whether it is a reference type, whose <c>?</c> the <c>typeof</c> key drops (<c>Optional&lt;string?&gt;</c> is <c>Optional&lt;string&gt;</c>).</param>
    public static JsonTypeModel Optional(string valueType, bool isReferenceType)
    {
        var key = isReferenceType && valueType.EndsWith("?", System.StringComparison.Ordinal) ? valueType.Substring(0, valueType.Length - 1) : valueType;
        return new JsonTypeModel("global::EntityDtoGen.Optional<" + key + ">", Metadata + "Optional<" + key + ">(options)");
    }

    private static void Add(ITypeSymbol type, JsonTypeNames names, List<JsonTypeModel> result, int depth)
    {
        // Deeper nesting than a dictionary of lists is not something a DTO member has; stop rather than recurse on odd types.
        if (depth > 4 || IsBuiltIn(type) || names.Name(type, annotated: false) is not { } name)
        {
            return;
        }

        switch (type)
        {
            case INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable when nullable.TypeArguments[0] is not IErrorTypeSymbol:
                result.Add(new JsonTypeModel(name, Metadata + "Nullable<" + name.Substring(0, name.Length - 1) + ">(options)"));
                Add(nullable.TypeArguments[0], names, result, depth + 1);
                return;
            case INamedTypeSymbol { TypeKind: TypeKind.Enum }:
                result.Add(new JsonTypeModel(name, Metadata + "Enum<" + name + ">(options)"));
                return;
            case IArrayTypeSymbol { Rank: 1 } array:
                result.Add(new JsonTypeModel(name, Metadata + "Array<" + name.Substring(0, name.Length - 2) + ">(options)"));
                Add(array.ElementType, names, result, depth + 1);
                return;
            case INamedTypeSymbol { IsGenericType: true } generic when Helper(generic) is { } helper:
                var arguments = string.Join(", ", generic.TypeArguments.Select(a => names.Name(a, annotated: false)));
                result.Add(new JsonTypeModel(name, Metadata + helper + "<" + (helper is "Sequence" or "Collection" or "ListInterface" ? name + ", " : string.Empty) + arguments + ">(options)"));
                foreach (var argument in generic.TypeArguments)
                {
                    Add(argument, names, result, depth + 1);
                }

                return;
        }
    }

    /// <summary>The <c>DtoJsonMetadata</c> helper for a generic collection, dictionary or <c>Optional&lt;T&gt;</c>, or null.</summary>
    private static string? Helper(INamedTypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        return definition.ToDisplayString() switch
        {
            "System.Collections.Generic.List<T>" => "List",
            "System.Collections.Generic.IEnumerable<T>" or "System.Collections.Generic.IReadOnlyList<T>" or "System.Collections.Generic.IReadOnlyCollection<T>" => "Sequence",
            "System.Collections.Generic.ICollection<T>" => "Collection",
            "System.Collections.Generic.IList<T>" => "ListInterface",
            "System.Collections.Generic.HashSet<T>" => "HashSet",
            "System.Collections.Generic.ISet<T>" => "Set",
            "System.Collections.Generic.Dictionary<TKey, TValue>" => "Dictionary",
            "System.Collections.Generic.IDictionary<TKey, TValue>" => "DictionaryInterface",
            "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>" => "ReadOnlyDictionary",
            "EntityDtoGen.Optional<T>" => "Optional",
            _ => null,
        };
    }

    /// <summary>A type <c>DtoJsonMetadata.BuiltIn</c> describes, with its nullable form.</summary>
    private static bool IsBuiltIn(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Object:
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Decimal:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_String:
            case SpecialType.System_DateTime:
                return true;
        }

        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte })
        {
            return true;
        }

        return type is INamedTypeSymbol named
            && (BuiltInNames.Contains(named.OriginalDefinition.ToDisplayString())
                || (named.OriginalDefinition.ToDisplayString() is "System.Memory<T>" or "System.ReadOnlyMemory<T>" && named.TypeArguments[0].SpecialType == SpecialType.System_Byte));
    }

    private static readonly HashSet<string> BuiltInNames =
    [
        "System.Guid", "System.DateTimeOffset", "System.DateOnly", "System.TimeOnly", "System.TimeSpan", "System.Int128", "System.UInt128",
        "System.Half", "System.Uri", "System.Version", "System.Text.Json.JsonElement",
        "System.Text.Json.JsonDocument", "System.Text.Json.Nodes.JsonNode", "System.Text.Json.Nodes.JsonObject", "System.Text.Json.Nodes.JsonArray",
        "System.Text.Json.Nodes.JsonValue",
    ];
}
