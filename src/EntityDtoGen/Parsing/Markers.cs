using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>The markers on one property, read once (overridden properties included, since markers are inherited).</summary>
internal readonly record struct Markers(
    bool Secret,
    bool ServerGenerated,
    bool CreateOnly,
    bool IncludeInRead,
    bool NotMapped,
    bool Key,
    DatabaseGeneratedOption? DatabaseGenerated)
{
    public static Markers Read(IPropertySymbol property)
    {
        var markers = default(Markers);
        for (var current = property; current is not null; current = current.OverriddenProperty)
        {
            foreach (var attribute in current.GetAttributes())
            {
                markers = markers.With(attribute);
            }
        }

        return markers;
    }

    private Markers With(AttributeData attribute) => attribute.AttributeClass?.ToDisplayString() switch
    {
        KnownNames.SecretAttribute => this with { Secret = true },
        KnownNames.ServerGeneratedAttribute => this with { ServerGenerated = true },
        KnownNames.CreateOnlyAttribute => this with { CreateOnly = true },
        KnownNames.IncludeInReadAttribute => this with { IncludeInRead = true },
        KnownNames.NotMappedAttribute => this with { NotMapped = true },
        KnownNames.KeyAttribute => this with { Key = true },
        KnownNames.DatabaseGeneratedAttribute when attribute.ConstructorArguments.FirstOrDefault().Value is int option
            => this with { DatabaseGenerated = (DatabaseGeneratedOption)option },
        _ => this,
    };
}

/// <summary>Mirror of <c>System.ComponentModel.DataAnnotations.Schema.DatabaseGeneratedOption</c>.</summary>
internal enum DatabaseGeneratedOption
{
    None = 0,
    Identity = 1,
    Computed = 2,
}

/// <summary>How EF Core finds the entity's key, so keys can count as server-generated.</summary>
internal sealed class KeyConvention
{
    private readonly bool _hasKeyAttribute;
    private readonly string[]? _primaryKey;
    private readonly string _conventionName;

    private KeyConvention(bool hasKeyAttribute, string[]? primaryKey, string conventionName)
    {
        _hasKeyAttribute = hasKeyAttribute;
        _primaryKey = primaryKey;
        _conventionName = conventionName;
    }

    public static KeyConvention For(INamedTypeSymbol entity, IReadOnlyList<IPropertySymbol> properties, IReadOnlyList<Markers> markers)
    {
        var hasKeyAttribute = markers.Any(m => m.Key);
        string[]? primaryKey = null;
        for (var type = entity; type is not null && primaryKey is null; type = type.BaseType)
        {
            var attribute = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == KnownNames.EfPrimaryKeyAttribute);
            if (attribute is { ConstructorArguments.Length: > 0 })
            {
                primaryKey = attribute.ConstructorArguments
                    .SelectMany(a => a.Kind == TypedConstantKind.Array ? a.Values.Select(v => v.Value as string) : new[] { a.Value as string })
                    .Where(n => n is not null)
                    .Select(n => n!)
                    .ToArray();
            }
        }

        // EF Core prefers "Id" over "{Entity}Id" and matches both ignoring case.
        var conventionName = properties.Any(p => string.Equals(p.Name, "Id", StringComparison.OrdinalIgnoreCase)) ? "Id" : entity.Name + "Id";
        return new KeyConvention(hasKeyAttribute, primaryKey, conventionName);
    }

    public bool IsKey(IPropertySymbol property, Markers markers) =>
        _hasKeyAttribute ? markers.Key
        : _primaryKey is not null ? _primaryKey.Contains(property.Name)
        : string.Equals(property.Name, _conventionName, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Like EF Core, only a single integer or Guid key has its value generated; a composite key is usually made of
    /// foreign keys and a string key is a natural key, both supplied by the client.
    /// </summary>
    public bool IsGeneratedKey(IPropertySymbol property, Markers markers) =>
        IsKey(property, markers)
        && (_primaryKey is null || _primaryKey.Length == 1)
        && markers.DatabaseGenerated != DatabaseGeneratedOption.None
        && HasGeneratedValueType(property.Type);

    private static bool HasGeneratedValueType(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type.SpecialType is SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64
                or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64
                or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Decimal
            || type is { Name: "Guid", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };
    }
}
