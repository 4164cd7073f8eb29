using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EntityDtoGen.Parsing.Configuration;

/// <summary>What a configuration call is made on.</summary>
internal enum BuilderKind
{
    Other,
    Model,
    ModelConfiguration,
    EntityType,

    /// <summary>A relationship builder (<c>ReferenceNavigationBuilder&lt;E, R&gt;</c>, …): <c>WithOne</c>/<c>WithMany</c> name members of <c>R</c>.</summary>
    Relationship,
}

/// <summary>The builder a call is made on; <see cref="Entity"/> is the entity of an <c>EntityTypeBuilder&lt;T&gt;</c>, or the related type of a relationship builder.</summary>
internal readonly record struct Builder(BuilderKind Kind, ITypeSymbol? Entity);

/// <summary>
/// Finds the builder a configuration call is made on. Binding a call's receiver makes Roslyn bind the whole statement,
/// lambdas and overload resolution included, and the configuration step re-runs on every keystroke in a configuration
/// class or a declaration; so the common forms are read from the declarations instead: a method or
/// <c>Entity&lt;T&gt;(b =&gt; …)</c> lambda parameter named directly, and <c>modelBuilder.Entity&lt;T&gt;()</c>. Anything
/// else (a local, a chained call, a shadowed name) is bound, so the answer is always the compiler's.
/// </summary>
internal sealed class BuilderReceivers(SemanticModel model, CancellationToken cancellationToken)
{
    private readonly Dictionary<ParameterSyntax, Builder> _parameters = [];
    private readonly Dictionary<(BlockSyntax, string), bool> _localsDeclared = [];

    public Builder Of(ExpressionSyntax receiver) => receiver switch
    {
        IdentifierNameSyntax identifier when DeclaringParameter(identifier) is { } parameter => OfParameter(parameter),
        InvocationExpressionSyntax invocation when (EntityCall(invocation) ?? RelationshipCall(invocation)) is { } builder => builder,
        _ => Classify(model.GetTypeInfo(receiver, cancellationToken).Type),
    };

    /// <summary>
    /// The type a <c>HasOne(e =&gt; e.Customer)</c>, <c>HasMany(e =&gt; e.Lines)</c> or <c>Navigation(e =&gt; e.Lines)</c> call
    /// on the builder of <paramref name="entity"/> relates it to: read from the navigation property's declared type when
    /// the call names it with a lambda and no type argument, from the compiler otherwise.
    /// </summary>
    public ITypeSymbol? RelatedType(InvocationExpressionSyntax invocation, ITypeSymbol entity) =>
        DeclaredRelatedType(invocation, entity)
            ?? (model.GetTypeInfo(invocation, cancellationToken).Type is INamedTypeSymbol { TypeArguments.Length: 2 } navigationBuilder ? navigationBuilder.TypeArguments[1] : null);

    /// <summary>Whether the identifier names a parameter of the enclosing method or lambda.</summary>
    public bool IsParameter(IdentifierNameSyntax identifier) => DeclaringParameter(identifier) is not null;

    /// <summary>The type argument of a generic call such as <c>Entity&lt;T&gt;()</c>, bound alone (not the statement around it).</summary>
    public ITypeSymbol? TypeArgument(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax { TypeArgumentList.Arguments: { Count: 1 } arguments } }
            ? model.GetSpeculativeTypeInfo(arguments[0].SpanStart, arguments[0], SpeculativeBindingOption.BindAsTypeOrNamespace).Type
            : null;

    private static Builder Classify(ITypeSymbol? type) => type switch
    {
        _ when type.HasMetadataName(KnownNames.EfModelBuilder) => new Builder(BuilderKind.Model, null),
        _ when type.HasMetadataName(KnownNames.EfModelConfigurationBuilder) => new Builder(BuilderKind.ModelConfiguration, null),
        INamedTypeSymbol named when named.OriginalDefinition.HasMetadataName(KnownNames.EfEntityTypeBuilder) => new Builder(BuilderKind.EntityType, named.TypeArguments[0]),
        INamedTypeSymbol { TypeArguments.Length: 2 } named when named.OriginalDefinition.ContainingNamespace.ToDisplayString() + "." == KnownNames.EfBuildersNamespace
            => new Builder(BuilderKind.Relationship, named.TypeArguments[1]),
        _ => new Builder(BuilderKind.Other, null),
    };

    /// <summary><c>builder.HasOne(e =&gt; e.Customer)</c>, <c>builder.HasMany(e =&gt; e.Lines)</c>: a relationship builder.</summary>
    private Builder? RelationshipCall(InvocationExpressionSyntax invocation) =>
        Syntax.InvokedName(invocation) is "HasOne" or "HasMany"
            && Syntax.Receiver(invocation) is { } receiver
            && Of(receiver) is { Kind: BuilderKind.EntityType, Entity: { } entity }
            && DeclaredRelatedType(invocation, entity) is { } related
            ? new Builder(BuilderKind.Relationship, related)
            : null;

    private static ITypeSymbol? DeclaredRelatedType(InvocationExpressionSyntax invocation, ITypeSymbol entity)
    {
        if (entity is not INamedTypeSymbol named
            || invocation.Expression is not MemberAccessExpressionSyntax { Name: IdentifierNameSyntax { Identifier.ValueText: var name and ("HasOne" or "HasMany" or "Navigation") } }
            || invocation.ArgumentList.Arguments.Count != 1
            || invocation.ArgumentList.Arguments[0].Expression is not SimpleLambdaExpressionSyntax { ExpressionBody: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax parameter, Name: IdentifierNameSyntax member } } lambda
            || parameter.Identifier.ValueText != lambda.Parameter.Identifier.ValueText
            || Property(named, member.Identifier.ValueText) is not { } property)
        {
            return null;
        }

        // A string is a sequence of chars, not a collection navigation.
        var element = property.Type.SpecialType == SpecialType.System_String ? null : TypeClassifier.ElementType(property.Type);
        return name switch
        {
            "HasOne" => element is null ? property.Type : null,
            "HasMany" => element,
            _ => element ?? property.Type,
        };
    }

    private static IPropertySymbol? Property(INamedTypeSymbol type, string name)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault() is { } property)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary><c>modelBuilder.Entity&lt;T&gt;()</c> or <c>modelBuilder.Entity&lt;T&gt;(b =&gt; …)</c>: an entity builder of <c>T</c>.</summary>
    private Builder? EntityCall(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.ValueText: "Entity" } } access
            && Of(access.Expression).Kind == BuilderKind.Model
            && TypeArgument(invocation) is { } entity and not IErrorTypeSymbol
            ? new Builder(BuilderKind.EntityType, entity)
            : null;

    private Builder OfParameter(ParameterSyntax parameter)
    {
        if (_parameters.TryGetValue(parameter, out var known))
        {
            return known;
        }

        // Entity<T>(b => …): the untyped lambda parameter is the entity builder of T.
        var lambda = parameter.Parent as SimpleLambdaExpressionSyntax ?? (SyntaxNode?)(parameter.Parent?.Parent as ParenthesizedLambdaExpressionSyntax);
        var builder = parameter.Type is null && lambda?.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax call } && EntityCall(call) is { } entity
            ? entity
            : Classify(model.GetDeclaredSymbol(parameter, cancellationToken)?.Type);
        _parameters[parameter] = builder;
        return builder;
    }

    /// <summary>
    /// The parameter an identifier names, found by walking out through the enclosing lambdas and the method; null when a
    /// local or a nested function could declare the name first (then the compiler decides).
    /// </summary>
    private ParameterSyntax? DeclaringParameter(IdentifierNameSyntax identifier)
    {
        var name = identifier.Identifier.ValueText;
        for (SyntaxNode? node = identifier.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case SimpleLambdaExpressionSyntax simple:
                    if (simple.Parameter.Identifier.ValueText == name)
                    {
                        return simple.Parameter;
                    }

                    break;
                case ParenthesizedLambdaExpressionSyntax lambda:
                    if (Named(lambda.ParameterList, name) is { } lambdaParameter)
                    {
                        return lambdaParameter;
                    }

                    break;
                case BlockSyntax block when DeclaresLocal(block, name):
                    return null;
                case LocalFunctionStatementSyntax or AnonymousMethodExpressionSyntax or QueryExpressionSyntax or TypeDeclarationSyntax:
                    return null;
                case BaseMethodDeclarationSyntax method:
                    return Named(method.ParameterList, name);
            }
        }

        return null;
    }

    private static ParameterSyntax? Named(ParameterListSyntax parameters, string name) =>
        parameters.Parameters.FirstOrDefault(p => p.Identifier.ValueText == name);

    /// <summary>Any declaration of the name in the block's own statements (locals, pattern and out variables, foreach, using): then it is not simply a parameter.</summary>
    private bool DeclaresLocal(BlockSyntax block, string name)
    {
        if (!_localsDeclared.TryGetValue((block, name), out var declares))
        {
            _localsDeclared[(block, name)] = declares = DeclaresLocalIn(block, name);
        }

        return declares;
    }

    private static bool DeclaresLocalIn(BlockSyntax block, string name)
    {
        foreach (var statement in block.Statements)
        {
            foreach (var token in statement.DescendantTokens(n => n is not BlockSyntax and not LambdaExpressionSyntax))
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name && token.Parent is VariableDeclaratorSyntax or SingleVariableDesignationSyntax or ForEachStatementSyntax or CatchDeclarationSyntax)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
