using System.Collections.Generic;
using System.Threading;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>A class-typed member of some class that is a navigation if EF Core maps it as one.</summary>
internal readonly record struct Navigation(IPropertySymbol Property, MarkerSet Markers, INamedTypeSymbol Target, bool IsCollection, bool TargetIsEntity);

/// <summary>Which properties a class exposes to the DTO rules, shared by every reader that walks entities.</summary>
internal static class EntityShape
{
    /// <summary>Instance properties from the base-most class down; an override or <c>new</c> member replaces the base one in place.</summary>
    public static List<IPropertySymbol> Properties(INamedTypeSymbol entity)
    {
        var chain = new Stack<INamedTypeSymbol>();
        for (var type = entity; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            chain.Push(type);
        }

        var result = new List<IPropertySymbol>();
        var indexByName = new Dictionary<string, int>();
        foreach (var type in chain)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false } property || property.IsImplicitlyDeclared)
                {
                    continue;
                }

                if (indexByName.TryGetValue(property.Name, out var index))
                {
                    result[index] = property;
                }
                else
                {
                    indexByName[property.Name] = result.Count;
                    result.Add(property);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The class-typed members EF Core could map as navigations: public, not <c>[NotMapped]</c>, to another class or a
    /// collection of one, held by the property or (for a get-only collection) by a conventionally named field.
    /// </summary>
    public static IEnumerable<Navigation> Navigations(INamedTypeSymbol type, NavigationCache cache, CancellationToken cancellationToken)
    {
        foreach (var property in Properties(type))
        {
            // Cheapest test first: most properties are scalars, whose markers and syntax need not be read here.
            var shape = TypeClassifier.Classify(property.Type, out var target);
            if (shape is not (MemberShape.Reference or MemberShape.Collection)
                || target is null
                || property.GetMethod?.DeclaredAccessibility != Accessibility.Public
                || (AccessorReader.IsComputed(property, cancellationToken) && !(shape == MemberShape.Collection && AccessorReader.HasConventionalBackingField(property, target))))
            {
                continue;
            }

            var markers = MarkerReader.Read(property);
            if (!markers.NotMapped)
            {
                yield return new Navigation(property, markers, target, shape == MemberShape.Collection, cache.IsEntityByItself(target));
            }
        }
    }
}
