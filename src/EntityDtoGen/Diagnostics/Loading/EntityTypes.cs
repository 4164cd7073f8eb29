using Microsoft.CodeAnalysis;
using EntityDtoGen.Model;
using EntityDtoGen.Parsing;

namespace EntityDtoGen.Diagnostics.Loading;

/// <summary>Which properties are navigations: EF Core loads them only when a query includes them.</summary>
internal sealed class EntityTypes
{
    /// <summary>Whether the type is EF Core's <c>DbContext</c> or derives from it.</summary>
    public static bool IsDbContext(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.HasMetadataName(KnownNames.EfDbContext))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A <c>DbSet&lt;T&gt;</c> only ever holds entities.</summary>
    public bool IsEntity(INamedTypeSymbol type) => type.TypeKind == TypeKind.Class;

    /// <summary>
    /// A property whose type is an entity class or a collection of one, by the same conventions the generator uses
    /// (<c>[GenerateDtos]</c>, a key); owned and complex values, which load with their owner, are not navigations.
    /// </summary>
    public bool IsNavigation(IPropertySymbol property) =>
        !TypeClassifier.IsValueObject(property.Type)
        && TypeClassifier.Classify(property.Type, out var target) is MemberShape.Reference or MemberShape.Collection
        && target is not null
        && !TypeClassifier.IsValueObject(target)
        && TypeClassifier.IsEntityByItself(target);
}
