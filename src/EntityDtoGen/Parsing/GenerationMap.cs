using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>An entity declared in a referenced assembly that this compilation generates DTOs for.</summary>
/// <param name="Entity">The entity class.</param>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="Attribute">The <c>[assembly: GenerateDtosFor]</c> application.</param>
internal readonly record struct ForeignEntity(INamedTypeSymbol Entity, string Namespace, AttributeData Attribute);

/// <summary>
/// Where each entity's generated types live: an entity with <c>[GenerateDtos]</c> gets them in its own namespace, one
/// named by <c>[assembly: GenerateDtosFor]</c> in this compilation in the namespace that attribute gives.
/// </summary>
internal static class GenerationMap
{
    public static IEnumerable<ForeignEntity> ForeignEntities(Compilation compilation)
    {
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.Is(KnownNames.GenerateDtosForAttribute) && ForeignEntity(attribute) is { } foreign)
            {
                yield return foreign;
            }
        }
    }

    /// <summary>The entity a <c>GenerateDtosFor</c> application names, or null when its argument does not compile.</summary>
    public static ForeignEntity? ForeignEntity(AttributeData attribute) =>
        attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is INamedTypeSymbol { TypeKind: not TypeKind.Error } entity
            ? new ForeignEntity(entity, NamespaceOf(attribute, entity), attribute)
            : null;

    /// <summary>The <c>Namespace</c> the attribute names, or the entity's own.</summary>
    public static string NamespaceOf(AttributeData attribute, INamedTypeSymbol entity)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "Namespace" && argument.Value.Value is string { Length: > 0 } @namespace)
            {
                return @namespace;
            }
        }

        return entity.ContainingNamespace.IsGlobalNamespace ? string.Empty : entity.ContainingNamespace.ToDisplayString();
    }
}
