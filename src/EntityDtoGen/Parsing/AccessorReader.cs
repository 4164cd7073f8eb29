using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EntityDtoGen.Parsing;

/// <summary>What a property's accessors say: whether it holds a value of its own, computes one, or stands in for another member.</summary>
internal static class AccessorReader
{
    /// <summary>
    /// A get-only property with a body computes its value; a get-only auto-property holds one (set by a constructor).
    /// From metadata there is no telling the two apart, so a get-only property there counts as computed.
    /// </summary>
    public static bool IsComputed(IPropertySymbol property, CancellationToken cancellationToken)
    {
        if (property.SetMethod is not null)
        {
            return false;
        }

        return Declaration(property, cancellationToken) is not { } declaration || HasBodies(declaration);
    }

    /// <summary>
    /// The other property of the entity that this property's accessor bodies read or write (an enum over an <c>int</c>
    /// column, say), or null for an auto-property or one that only uses its own backing field.
    /// </summary>
    public static string? WrappedMember(IPropertySymbol property, ICollection<string> propertyNames, CancellationToken cancellationToken)
    {
        if (Declaration(property, cancellationToken) is not { } declaration || !HasBodies(declaration))
        {
            return null;
        }

        string? found = null;
        foreach (var identifier in declaration.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            var name = identifier.Identifier.ValueText;
            if (name != property.Name && propertyNames.Contains(name) && !IsMemberOfSomethingElse(identifier))
            {
                // The member the setter writes is what the wrapper stands for; otherwise the first one it reads.
                if (identifier.Parent is AssignmentExpressionSyntax assignment && assignment.Left == identifier
                    || identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Parent: AssignmentExpressionSyntax })
                {
                    return name;
                }

                found ??= name;
            }
        }

        return found;
    }

    /// <summary>
    /// A get-only collection property whose values live in a field EF Core finds by its naming convention (<c>_lines</c>,
    /// <c>_Lines</c>, <c>m_lines</c>, <c>m_Lines</c>, <c>lines</c> or <c>Lines_</c> for <c>Lines</c>): EF Core maps it as a
    /// navigation through the field.
    /// </summary>
    public static bool HasConventionalBackingField(IPropertySymbol property, INamedTypeSymbol elementType)
    {
        var camel = char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);
        var names = new[] { "_" + camel, "_" + property.Name, "m_" + camel, "m_" + property.Name, camel, property.Name + "_" };
        foreach (var name in names)
        {
            foreach (var member in property.ContainingType.GetMembers(name))
            {
                if (member is IFieldSymbol { IsStatic: false } field && ElementOf(field.Type) is { } element
                    && SymbolEqualityComparer.Default.Equals(element.OriginalDefinition, elementType.OriginalDefinition))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ITypeSymbol? ElementOf(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return candidate.TypeArguments[0];
            }
        }

        return null;
    }

    /// <summary><c>other.Status</c> names a member of another object, not of the entity.</summary>
    private static bool IsMemberOfSomethingElse(IdentifierNameSyntax identifier) =>
        identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier && access.Expression is not ThisExpressionSyntax;

    private static PropertyDeclarationSyntax? Declaration(IPropertySymbol property, CancellationToken cancellationToken) =>
        property.DeclaringSyntaxReferences.Length == 0 ? null : property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) as PropertyDeclarationSyntax;

    private static bool HasBodies(PropertyDeclarationSyntax declaration) =>
        declaration.ExpressionBody is not null
        || declaration.AccessorList?.Accessors.Any(a => a.Body is not null || a.ExpressionBody is not null) == true;
}
