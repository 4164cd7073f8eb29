using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EntityDtoGen.Parsing;

/// <summary>
/// Reads the constructors <c>ToEntity</c> may call: each parameter with the property EF Core would bind it to, and the
/// values the constructor assigns of its own (<c>CustomerGuid = Guid.NewGuid()</c>).
/// </summary>
internal static class ConstructorReader
{
    private static readonly SymbolDisplayFormat SignatureFormat = SymbolDisplayFormat.MinimallyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static EquatableArray<ConstructorDeclaration> Read(INamedTypeSymbol entity, IReadOnlyList<IPropertySymbol> properties, Compilation compilation, CancellationToken cancellationToken)
    {
        var byName = new Dictionary<string, IPropertySymbol>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in properties)
        {
            byName[property.Name] = property;
        }

        var result = new List<ConstructorDeclaration>();
        foreach (var constructor in entity.InstanceConstructors)
        {
            if (constructor.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                continue;
            }

            var parameters = constructor.Parameters.Select(p => ReadParameter(p, byName, compilation)).ToArray();
            var assigned = new Dictionary<string, AssignedDefault>(StringComparer.Ordinal);
            CollectAssignments(constructor, byName, compilation, assigned, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), cancellationToken);
            result.Add(new ConstructorDeclaration(
                entity.Name + "(" + string.Join(", ", constructor.Parameters.Select(p => p.Type.ToDisplayString(SignatureFormat) + " " + p.Name)) + ")",
                new EquatableArray<ParameterDeclaration>(parameters),
                new EquatableArray<AssignedDefault>(assigned.Values.OrderBy(a => a.Member, StringComparer.Ordinal).ToArray()),
                constructor.GetAttributes().Any(a => a.Is(KnownNames.SetsRequiredMembersAttribute))));
        }

        return new EquatableArray<ConstructorDeclaration>(result.ToArray());
    }

    /// <summary>EF Core binds a parameter to the mapped property of the same name, ignoring case, whose type fits.</summary>
    private static ParameterDeclaration ReadParameter(IParameterSymbol parameter, Dictionary<string, IPropertySymbol> byName, Compilation compilation)
    {
        byName.TryGetValue(parameter.Name, out var property);

        // A DTO member can be passed by value or as 'in', never as 'ref' or 'out'.
        var fits = property is not null && parameter.RefKind is RefKind.None or RefKind.In && Fits(property.Type, parameter.Type, compilation);
        return new ParameterDeclaration(
            CSharpLiterals.Identifier(parameter.Name),
            parameter.Name,
            fits ? property!.Name : null,
            property is not null,
            parameter.IsOptional || parameter.IsParams,
            parameter.HasExplicitDefaultValue ? DefaultValue(parameter) : null);
    }

    /// <summary>The DTO member has the property's type; it must pass to the parameter without a conversion warning.</summary>
    private static bool Fits(ITypeSymbol propertyType, ITypeSymbol parameterType, Compilation compilation)
    {
        if (!compilation.HasImplicitConversion(propertyType, parameterType))
        {
            return false;
        }

        var propertyMayBeNull = propertyType.IsReferenceType && propertyType.NullableAnnotation != NullableAnnotation.NotAnnotated;
        return !(propertyMayBeNull && parameterType.IsReferenceType && parameterType.NullableAnnotation == NullableAnnotation.NotAnnotated);
    }

    private static string DefaultValue(IParameterSymbol parameter)
    {
        var value = parameter.ExplicitDefaultValue;
        if (value is null)
        {
            return parameter.Type.IsValueType && parameter.Type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T ? "default" : "null";
        }

        var type = parameter.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : parameter.Type;
        return type.TypeKind == TypeKind.Enum ? CSharpLiterals.EnumValue(type, value) : CSharpLiterals.Primitive(value);
    }

    /// <summary>
    /// The unconditional assignments of the constructor's body, then of the constructor it chains to (<c>this(…)</c>,
    /// <c>base(…)</c>, or the base class's parameterless one), the later ones winning as they would at run time.
    /// </summary>
    private static void CollectAssignments(
        IMethodSymbol constructor,
        Dictionary<string, IPropertySymbol> byName,
        Compilation compilation,
        Dictionary<string, AssignedDefault> assigned,
        HashSet<IMethodSymbol> visited,
        CancellationToken cancellationToken)
    {
        if (!visited.Add(constructor))
        {
            return;
        }

        var declaration = constructor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) as ConstructorDeclarationSyntax;
        var model = declaration is null ? null : compilation.GetSemanticModel(declaration.SyntaxTree);
        var chained = declaration?.Initializer is { } initializer && model is not null
            ? model.GetSymbolInfo(initializer, cancellationToken).Symbol as IMethodSymbol
            : constructor.ContainingType.BaseType?.InstanceConstructors.FirstOrDefault(c => c.Parameters.All(p => p.IsOptional));
        if (chained is not null)
        {
            CollectAssignments(chained, byName, compilation, assigned, visited, cancellationToken);
        }

        if (declaration is null || model is null)
        {
            return;
        }

        var parameterNames = new HashSet<string>(constructor.Parameters.Select(p => p.Name), StringComparer.Ordinal);
        var statements = declaration.Body?.Statements.OfType<ExpressionStatementSyntax>().Select(s => s.Expression)
            ?? (declaration.ExpressionBody is { } body ? new[] { body.Expression } : Array.Empty<ExpressionSyntax>());
        foreach (var expression in statements)
        {
            if (expression is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
                || AssignedName(assignment.Left) is not { } name
                || !byName.TryGetValue(name, out var property)
                || property.Name != name)
            {
                continue;
            }

            if (assignment.Right is IdentifierNameSyntax identifier && parameterNames.Contains(identifier.Identifier.ValueText))
            {
                // The client's value, through a parameter: nothing of the constructor's own.
                assigned.Remove(name);
                continue;
            }

            var isNonNullableReference = property.Type.IsReferenceType && property.Type.NullableAnnotation == NullableAnnotation.NotAnnotated;
            assigned[name] = new AssignedDefault(name, CreateDefaultReader.Reproduce(assignment.Right, property.Type, model, isNonNullableReference, cancellationToken));
        }
    }

    private static string? AssignedName(ExpressionSyntax left) => left switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax name } => name.Identifier.ValueText,
        _ => null,
    };
}
