using System.Threading;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EntityDtoGen.Parsing;

/// <summary>Reads a property initializer (or a constructor assignment) as a default the Create member can repeat.</summary>
internal static class CreateDefaultReader
{
    public static InitializerKind Read(IPropertySymbol property, Compilation compilation, bool isNonNullableReference, CancellationToken cancellationToken, out string? initializer)
    {
        initializer = null;
        if (property.DeclaringSyntaxReferences.Length == 0
            || property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not PropertyDeclarationSyntax { Initializer.Value: { } value })
        {
            return InitializerKind.None;
        }

        if (value is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression, Operand: var operand }
            && operand.Kind() is SyntaxKind.NullLiteralExpression or SyntaxKind.DefaultLiteralExpression)
        {
            return InitializerKind.None;
        }

        initializer = Reproduce(value, property.Type, compilation.GetSemanticModel(value.SyntaxTree), isNonNullableReference, cancellationToken);
        return initializer is null ? InitializerKind.Unreproducible : InitializerKind.Reproducible;
    }

    /// <summary>The value as C# a DTO member initializer can repeat (constants, empty collections, <c>new()</c>), or null.</summary>
    public static string? Reproduce(ExpressionSyntax value, ITypeSymbol propertyType, SemanticModel model, bool isNonNullableReference, CancellationToken cancellationToken)
    {
        switch (value)
        {
            case CollectionExpressionSyntax { Elements.Count: 0 }:
                return "[]";
            case ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 0, Initializer: null }:
                return "new()";
        }

        var constant = model.GetConstantValue(value, cancellationToken);
        if (constant.HasValue)
        {
            if (constant.Value is null)
            {
                return isNonNullableReference ? "null!" : "null";
            }

            return propertyType.TypeKind == TypeKind.Enum
                ? CSharpLiterals.EnumValue(propertyType, constant.Value)
                : CSharpLiterals.Primitive(constant.Value);
        }

        switch (model.GetSymbolInfo(value, cancellationToken).Symbol)
        {
            case IFieldSymbol { Name: "Empty", ContainingType.SpecialType: SpecialType.System_String }:
                return "\"\"";
            case IMethodSymbol { Name: "Empty", Parameters.Length: 0 } method when IsArrayOrEnumerableEmpty(method):
                return "[]";
            case IMethodSymbol { MethodKind: MethodKind.Constructor, Parameters.Length: 0 } constructor when value is ObjectCreationExpressionSyntax { Initializer: null }:
                return "new " + CSharpLiterals.TypeName(constructor.ContainingType) + "()";
            default:
                return null;
        }
    }

    /// <summary>Whether a value <see cref="Reproduce"/> wrote is a constant rather than a new object (<c>[]</c>, <c>new()</c>, <c>new T()</c>).</summary>
    public static bool IsConstant(string reproduced) => reproduced != "[]" && !reproduced.StartsWith("new", System.StringComparison.Ordinal);

    private static bool IsArrayOrEnumerableEmpty(IMethodSymbol method) =>
        method.ContainingType.HasMetadataName(KnownNames.Array) || method.ContainingType.HasMetadataName(KnownNames.Enumerable);
}
