using System.Linq;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>What a property's type makes it, by SPEC "Which property goes where".</summary>
internal enum PropertyTypeKind
{
    /// <summary>A type no DTO can carry (pointer, ref struct, error type, <c>object</c>, <c>dynamic</c>).</summary>
    Unsupported,

    /// <summary>A scalar, an <c>[Owned]</c>/<c>[ComplexType]</c> value, any struct, or a collection of these.</summary>
    Value,

    /// <summary>A reference to another class.</summary>
    ReferenceNavigation,

    /// <summary>A collection of another class.</summary>
    CollectionNavigation,
}

internal static class TypeClassifier
{
    public static PropertyTypeKind Classify(ITypeSymbol type, out ITypeSymbol? navigationTarget)
    {
        navigationTarget = null;
        if (ContainsError(type))
        {
            // The user's code has an error already; a DTO member of that type would only repeat it in generated code.
            return PropertyTypeKind.Unsupported;
        }

        switch (type)
        {
            case IErrorTypeSymbol or IPointerTypeSymbol or IFunctionPointerTypeSymbol or ITypeParameterSymbol or IDynamicTypeSymbol:
                return PropertyTypeKind.Unsupported;
            case IArrayTypeSymbol array:
                return ClassifyElement(array.ElementType, out navigationTarget);
        }

        if (type.IsRefLikeType || type.SpecialType == SpecialType.System_Object)
        {
            return PropertyTypeKind.Unsupported;
        }

        if (type.IsValueType || type.SpecialType == SpecialType.System_String || IsUri(type) || IsValueObject(type))
        {
            return PropertyTypeKind.Value;
        }

        if (TryGetEnumerableElement(type, out var element))
        {
            return ClassifyElement(element, out navigationTarget) switch
            {
                PropertyTypeKind.ReferenceNavigation => PropertyTypeKind.CollectionNavigation,
                var kind => kind,
            };
        }

        // EF Core maps no property of a [NotMapped] class, so it is no navigation either.
        if (HasAttribute(type, KnownNames.NotMappedAttribute))
        {
            return PropertyTypeKind.Unsupported;
        }

        navigationTarget = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        return PropertyTypeKind.ReferenceNavigation;
    }

    private static bool ContainsError(ITypeSymbol type) => type switch
    {
        IErrorTypeSymbol => true,
        IArrayTypeSymbol array => ContainsError(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsError),
        _ => false,
    };

    private static PropertyTypeKind ClassifyElement(ITypeSymbol element, out ITypeSymbol? navigationTarget)
    {
        var kind = Classify(element, out navigationTarget);
        if (kind == PropertyTypeKind.ReferenceNavigation)
        {
            return PropertyTypeKind.CollectionNavigation;
        }

        // A collection of collections of entities is nothing EF Core maps as a navigation.
        navigationTarget = null;
        return kind == PropertyTypeKind.CollectionNavigation ? PropertyTypeKind.Unsupported : kind;
    }

    private static bool TryGetEnumerableElement(ITypeSymbol type, out ITypeSymbol element)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } named)
        {
            element = named.TypeArguments[0];
            return true;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                element = candidate.TypeArguments[0];
                return true;
            }
        }

        element = type;
        return false;
    }

    private static bool IsUri(ITypeSymbol type) =>
        type is { Name: "Uri", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>An <c>[Owned]</c> or <c>[ComplexType]</c> type, or a nullable one.</summary>
    public static bool IsValueObject(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return HasAttribute(type, KnownNames.EfOwnedAttribute) || HasAttribute(type, KnownNames.ComplexTypeAttribute);
    }

    private static bool HasAttribute(ITypeSymbol type, string metadataName)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.Is(metadataName))
            {
                return true;
            }
        }

        return false;
    }
}
