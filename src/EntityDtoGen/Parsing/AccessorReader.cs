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
    /// The other property of the entity that this property stands in for (an enum over an <c>int</c> column, say), or null.
    /// It stands in for another when its getter reads that property, or when its setter writes it and the property keeps
    /// no value of its own; a setter with a side effect on another member (<c>Changed = true</c>) next to its own field
    /// does not make a wrapper.
    /// </summary>
    public static string? WrappedMember(IPropertySymbol property, ICollection<string> propertyNames, CancellationToken cancellationToken)
    {
        if (Declaration(property, cancellationToken) is not { AccessorList: { } accessors } declaration || !HasBodies(declaration))
        {
            return null;
        }

        var getter = accessors.Accessors.FirstOrDefault(a => a.Keyword.ValueText == "get");
        var setter = accessors.Accessors.FirstOrDefault(a => a.Keyword.ValueText is "set" or "init");
        if (getter is not null && OtherProperties(getter, property, propertyNames).FirstOrDefault() is { } read)
        {
            return read.Identifier.ValueText;
        }

        if (setter is null || UsesOwnStorage(declaration, property))
        {
            return null;
        }

        return OtherProperties(setter, property, propertyNames)
            .FirstOrDefault(identifier => identifier.Parent is AssignmentExpressionSyntax || identifier.Parent is MemberAccessExpressionSyntax { Parent: AssignmentExpressionSyntax })?
            .Identifier.ValueText;
    }

    private static IEnumerable<IdentifierNameSyntax> OtherProperties(AccessorDeclarationSyntax accessor, IPropertySymbol property, ICollection<string> propertyNames) =>
        accessor.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Where(i => i.Identifier.ValueText != property.Name && propertyNames.Contains(i.Identifier.ValueText) && !IsMemberOfSomethingElse(i));

    /// <summary>The accessors use the property's own backing field (by EF Core's naming convention, or <c>field</c>).</summary>
    private static bool UsesOwnStorage(PropertyDeclarationSyntax declaration, IPropertySymbol property)
    {
        var names = new HashSet<string>(BackingFieldNames(property.Name)) { "field" };
        return declaration.DescendantNodes().OfType<IdentifierNameSyntax>().Any(i => names.Contains(i.Identifier.ValueText))
            || declaration.DescendantTokens().Any(t => t.ValueText == "field" && t.Parent is not IdentifierNameSyntax);
    }

    private static string[] BackingFieldNames(string propertyName)
    {
        var camel = char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1);
        return ["_" + camel, "_" + propertyName, "m_" + camel, "m_" + propertyName, camel, propertyName + "_"];
    }

    /// <summary>
    /// A get-only collection property whose values live in a field EF Core finds by its naming convention (<c>_lines</c>,
    /// <c>_Lines</c>, <c>m_lines</c>, <c>m_Lines</c>, <c>lines</c> or <c>Lines_</c> for <c>Lines</c>): EF Core maps it as a
    /// navigation through the field.
    /// </summary>
    public static bool HasConventionalBackingField(IPropertySymbol property, INamedTypeSymbol elementType)
    {
        foreach (var name in BackingFieldNames(property.Name))
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
