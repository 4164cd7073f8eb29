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
    bool Timestamp,
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

    private Markers With(AttributeData attribute) => attribute switch
    {
        _ when attribute.Is(KnownNames.SecretAttribute) => this with { Secret = true },
        _ when attribute.Is(KnownNames.ServerGeneratedAttribute) => this with { ServerGenerated = true },
        _ when attribute.Is(KnownNames.CreateOnlyAttribute) => this with { CreateOnly = true },
        _ when attribute.Is(KnownNames.IncludeInReadAttribute) => this with { IncludeInRead = true },
        _ when attribute.Is(KnownNames.NotMappedAttribute) => this with { NotMapped = true },
        _ when attribute.Is(KnownNames.KeyAttribute) => this with { Key = true },
        _ when attribute.Is(KnownNames.TimestampAttribute) => this with { Timestamp = true },
        _ when attribute.Is(KnownNames.DatabaseGeneratedAttribute) && attribute.ConstructorArguments.FirstOrDefault().Value is int option
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
            var attribute = type.GetAttributes().FirstOrDefault(a => a.Is(KnownNames.EfPrimaryKeyAttribute));
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
    /// As SPEC says, a key is never client input: it is implied server-generated whatever its type (a natural or
    /// computed key reaches the entity through a <c>Create{Key}</c> supplier). The parts of a composite
    /// <c>[PrimaryKey]</c> are not: they are usually foreign keys that the client supplies.
    /// </summary>
    public bool IsGeneratedKey(IPropertySymbol property, Markers markers) =>
        IsKey(property, markers) && !IsCompositeKeyPart(property);

    /// <summary>EF Core cannot change a key after insert, so a client-supplied composite key part is create-only.</summary>
    public bool IsCompositeKeyPart(IPropertySymbol property) =>
        _primaryKey is { Length: > 1 } && _primaryKey.Contains(property.Name);
}
