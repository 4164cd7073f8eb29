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
