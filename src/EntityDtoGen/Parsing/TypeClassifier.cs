using System.Linq;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>What a property's type makes it, by SPEC "Which property goes where", before the configuration is known.</summary>
internal static class TypeClassifier
{
    /// <summary>Classes EF Core providers map to a column of their own (SPEC: provider value types).</summary>
    private static readonly string[] ProviderValueTypes =
    [
        "System.Net.IPAddress",
        "System.Net.NetworkInformation.PhysicalAddress",
        "System.Text.Json.JsonDocument",
        "System.Text.Json.Nodes.JsonNode",
        "System.Collections.BitArray",
        "System.Xml.Linq.XElement",
        "Pgvector.Vector",
        "Pgvector.HalfVector",
        "Pgvector.SparseVector",
        "Microsoft.SqlServer.Types.SqlGeography",
        "Microsoft.SqlServer.Types.SqlGeometry",
        "Microsoft.Data.SqlTypes.SqlVector`1",
    ];

    /// <summary>Namespaces whose classes are all provider value types (spatial types, Npgsql's own types).</summary>
    private static readonly string[] ProviderValueNamespaces = ["NetTopologySuite.Geometries", "NpgsqlTypes"];

    /// <summary>The property's shape, or null when no DTO can carry its type (pointer, ref struct, <c>object</c>, a type with errors, …).</summary>
    /// <param name="type">The property type.</param>
    /// <param name="target">For <see cref="MemberShape.Reference"/> and <see cref="MemberShape.Collection"/>: the class.</param>
    public static MemberShape? Classify(ITypeSymbol type, out INamedTypeSymbol? target)
    {
        target = null;
        if (ContainsError(type))
        {
            // The user's code has an error already; a DTO member of that type would only repeat it in generated code.
            return null;
        }

        switch (type)
        {
            case IErrorTypeSymbol or IPointerTypeSymbol or IFunctionPointerTypeSymbol or ITypeParameterSymbol or IDynamicTypeSymbol:
                return null;
            case IArrayTypeSymbol array:
                return ClassifyElement(array.ElementType, out target);
        }

        if (type.IsRefLikeType || type.SpecialType == SpecialType.System_Object)
        {
            return null;
        }

        if (IsValueObject(type))
        {
            return MemberShape.ValueObject;
        }

        if (type.IsValueType || type.SpecialType == SpecialType.System_String || IsUri(type) || IsProviderValueType(type))
        {
            return MemberShape.Value;
        }

        if (ElementType(type) is { } element)
        {
            return ClassifyElement(element, out target);
        }

        // EF Core maps no property of a [NotMapped] class, so it is no navigation either.
        if (HasAttribute(type, KnownNames.NotMappedAttribute) || type is not INamedTypeSymbol named)
        {
            return null;
        }

        target = (INamedTypeSymbol)named.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        return MemberShape.Reference;
    }

    private static bool ContainsError(ITypeSymbol type) => type switch
    {
        IErrorTypeSymbol => true,
        IArrayTypeSymbol array => ContainsError(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsError),
        _ => false,
    };

    private static MemberShape? ClassifyElement(ITypeSymbol element, out INamedTypeSymbol? target)
    {
        var shape = Classify(element, out target);
        switch (shape)
        {
            case MemberShape.Reference:
                return MemberShape.Collection;
            case MemberShape.Collection:
                // A collection of collections of classes is nothing EF Core maps.
                target = null;
                return null;
            case null:
                return null;
            default:
                // A collection of scalars or of owned values is a value.
                target = null;
                return MemberShape.Value;
        }
    }

    /// <summary>The element type of a sequence type (an array, <c>IEnumerable&lt;T&gt;</c> or a type implementing it: <c>List&lt;T&gt;</c>, <c>IQueryable&lt;T&gt;</c>, …); null for anything else.</summary>
    public static ITypeSymbol? ElementType(ITypeSymbol? type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (type is not INamedTypeSymbol named)
        {
            return null;
        }

        if (named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
        {
            return named.TypeArguments[0];
        }

        return named.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)?.TypeArguments[0];
    }

    private static bool IsUri(ITypeSymbol type) =>
        type is { Name: "Uri", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    private static bool IsProviderValueType(ITypeSymbol type)
    {
        for (var current = type as INamedTypeSymbol; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            var definition = current.OriginalDefinition;
            if (ProviderValueTypes.Any(name => definition.HasMetadataName(name)))
            {
                return true;
            }

            var @namespace = definition.ContainingNamespace?.ToDisplayString();
            if (@namespace is not null && ProviderValueNamespaces.Contains(@namespace))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An <c>[Owned]</c> or <c>[ComplexType]</c> type, or a nullable one.</summary>
    public static bool IsValueObject(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return HasAttribute(type, KnownNames.EfOwnedAttribute) || HasAttribute(type, KnownNames.ComplexTypeAttribute);
    }

    /// <summary>
    /// A class that is an entity by itself, as EF Core's conventions would find it: <c>[GenerateDtos]</c>, a <c>[Key]</c>
    /// or <c>[PrimaryKey]</c>, or a key by name (<c>Id</c> or <c>{Type}Id</c>) anywhere in its class hierarchy.
    /// </summary>
    public static bool IsEntityByItself(INamedTypeSymbol type)
    {
        if (HasAttribute(type, KnownNames.GenerateDtosAttribute))
        {
            return true;
        }

        var conventionKey = type.Name + "Id";
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            if (HasAttribute(current, KnownNames.EfPrimaryKeyAttribute))
            {
                return true;
            }

            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false } property
                    && (string.Equals(property.Name, "Id", System.StringComparison.OrdinalIgnoreCase)
                        || string.Equals(property.Name, conventionKey, System.StringComparison.OrdinalIgnoreCase)
                        || property.GetAttributes().Any(a => a.Is(KnownNames.KeyAttribute))))
                {
                    return true;
                }
            }
        }

        return false;
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
