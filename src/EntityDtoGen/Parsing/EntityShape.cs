using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EntityDtoGen.Parsing;

/// <summary>A navigation of some entity class, whether or not it has <c>[GenerateDtos]</c>.</summary>
internal readonly record struct Navigation(IPropertySymbol Property, Markers Markers, INamedTypeSymbol Target, bool IsCollection);

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

    /// <summary>A get-only property with a body computes its value; a get-only auto-property holds one (set by a constructor).</summary>
    public static bool IsComputed(IPropertySymbol property, CancellationToken cancellationToken)
    {
        if (property.SetMethod is not null)
        {
            return false;
        }

        if (property.DeclaringSyntaxReferences.Length == 0)
        {
            // Metadata gives no way to tell an auto-property from a computed one; leave it out rather than guess.
            return true;
        }

        return property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is PropertyDeclarationSyntax declaration
            && (declaration.ExpressionBody is not null
                || declaration.AccessorList?.Accessors.Any(a => a.Body is not null || a.ExpressionBody is not null) == true);
    }

    /// <summary>The navigations EF Core would map: public, not <c>[NotMapped]</c>, to another class or a collection of one.</summary>
    public static IEnumerable<Navigation> Navigations(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var property in Properties(type))
        {
            // Cheapest test first: most properties are scalars, whose markers and syntax need not be read here.
            var kind = TypeClassifier.Classify(property.Type, out var target);
            if (kind is not (PropertyTypeKind.ReferenceNavigation or PropertyTypeKind.CollectionNavigation)
                || target is not INamedTypeSymbol named
                || property.GetMethod?.DeclaredAccessibility != Accessibility.Public
                || IsComputed(property, cancellationToken))
            {
                continue;
            }

            var markers = Markers.Read(property);
            if (!markers.NotMapped)
            {
                yield return new Navigation(property, markers, named, kind == PropertyTypeKind.CollectionNavigation);
            }
        }
    }
}
