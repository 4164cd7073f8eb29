using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EntityDtoGen.Parsing.Configuration;

/// <summary>Small syntax helpers shared by the configuration readers.</summary>
internal static class Syntax
{
    /// <summary>The name of the invoked method: <c>Ignore</c> for <c>builder.Ignore(…)</c> and <c>Entity</c> for <c>Entity&lt;T&gt;()</c>.</summary>
    public static string? InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The expression the method is invoked on: <c>builder</c> for <c>builder.Ignore(…)</c>.</summary>
    public static ExpressionSyntax? Receiver(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax access ? access.Expression : null;

    /// <summary>
    /// The member names an invocation's arguments select: <c>x =&gt; x.Status</c>, <c>x =&gt; new { x.A, x.B }</c>,
    /// <c>"Status"</c> or <c>nameof(Order.Status)</c>, each with the type that declares it when a lambda names it.
    /// </summary>
    public static IEnumerable<(string Name, INamedTypeSymbol? DeclaringType)> SelectedMembers(InvocationExpressionSyntax invocation, SemanticModel model, bool withDeclaringType, CancellationToken cancellationToken)
    {
        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            switch (argument.Expression)
            {
                case LambdaExpressionSyntax { ExpressionBody: { } body }:
                    foreach (var access in SelectedAccesses(Unwrap(body)))
                    {
                        var declaring = withDeclaringType ? (model.GetSymbolInfo(access, cancellationToken).Symbol as IPropertySymbol)?.ContainingType : null;
                        yield return (access.Name.Identifier.ValueText, declaring);
                    }

                    break;
                case LambdaExpressionSyntax:
                    break;
                case var expression:
                    if (ConstantValue(expression, model, cancellationToken) is string name)
                    {
                        yield return (name, null);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The value of a constant argument: literals and <c>nameof</c> read from the syntax (binding one argument binds the
    /// whole statement), anything else from the compiler.
    /// </summary>
    public static object? ConstantValue(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken) => expression switch
    {
        LiteralExpressionSyntax literal => literal.Token.Value,
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" }, ArgumentList.Arguments: { Count: 1 } arguments }
            when arguments[0].Expression is SimpleNameSyntax or MemberAccessExpressionSyntax => arguments[0].Expression is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText : ((SimpleNameSyntax)arguments[0].Expression).Identifier.ValueText,
        _ => model.GetConstantValue(expression, cancellationToken) is { HasValue: true } constant ? constant.Value : null,
    };

    private static IEnumerable<MemberAccessExpressionSyntax> SelectedAccesses(ExpressionSyntax body)
    {
        switch (body)
        {
            case MemberAccessExpressionSyntax access when access.Expression is IdentifierNameSyntax:
                yield return access;
                break;
            case AnonymousObjectCreationExpressionSyntax anonymous:
                foreach (var initializer in anonymous.Initializers)
                {
                    if (Unwrap(initializer.Expression) is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax } member)
                    {
                        yield return member;
                    }
                }

                break;
        }
    }

    private static ExpressionSyntax Unwrap(ExpressionSyntax expression) => expression switch
    {
        CastExpressionSyntax cast => Unwrap(cast.Expression),
        ParenthesizedExpressionSyntax parenthesized => Unwrap(parenthesized.Expression),
        PostfixUnaryExpressionSyntax { OperatorToken.ValueText: "!" } suppressed => Unwrap(suppressed.Operand),
        _ => expression,
    };
}
