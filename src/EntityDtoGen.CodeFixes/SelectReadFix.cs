using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EntityDtoGen.CodeFixes;

/// <summary>
/// EDG200: when a query's entities are only mapped, projects in the query instead. <c>(await q.ToListAsync()).Select(u =&gt;
/// u.ToRead())</c> becomes <c>await q.SelectRead().ToListAsync()</c>; <c>var user = await q.SingleAsync(p); … user.ToRead()</c>
/// becomes <c>var user = await q.Where(p).SelectRead().SingleAsync(); … user</c>, when the local is used for nothing but that
/// mapping and null checks. Any other use of the entities means they are needed, and no fix is offered.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SelectReadFix))]
[Shared]
public sealed class SelectReadFix : CodeFixProvider
{
    private static readonly ImmutableHashSet<string> ToSequence = ImmutableHashSet.Create("ToList", "ToListAsync", "ToArray", "ToArrayAsync");

    private static readonly ImmutableHashSet<string> ToSingle = ImmutableHashSet.Create(
        "First", "FirstAsync", "FirstOrDefault", "FirstOrDefaultAsync", "Single", "SingleAsync", "SingleOrDefault", "SingleOrDefaultAsync",
        "Last", "LastAsync", "LastOrDefault", "LastOrDefaultAsync");

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ToReadWithoutIncludes);

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var diagnostic = context.Diagnostics[0];
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (Rewrite.Plan(node, model, context.CancellationToken) is not { } rewrite)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("Query with SelectRead()", cancellation => Task.FromResult(context.Document.WithSyntaxRoot(rewrite.Apply(root, model))), nameof(SelectReadFix)),
            diagnostic);
    }

    /// <summary>One rewrite: the terminal call to project, and the mapping (with what follows it) to replace.</summary>
    private sealed class Rewrite(InvocationExpressionSyntax terminal, ExpressionSyntax mapping, ExpressionSyntax replacement, INamedTypeSymbol mappings)
    {
        public static Rewrite? Plan(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
        {
            if (Mapping(node, model, cancellationToken) is not var (mapping, mapped, sequence, entity)
                || GeneratedTypes.Mappings(model.Compilation, entity) is not { } mappings
                || mappings.GetMembers("SelectRead").IsEmpty)
            {
                return null;
            }

            // A local used only here (and in null checks): project in its initializer and use it as it is.
            if (Unwrap(mapped) is IdentifierNameSyntax name
                && model.GetSymbolInfo(name, cancellationToken).Symbol is ILocalSymbol local
                && Initializer(local, cancellationToken) is { } initializer
                && OnlyMappedOrNullChecked(local, name, model, cancellationToken)
                && Terminal(initializer, sequence, model, cancellationToken) is { } assigned)
            {
                return new Rewrite(assigned, Extended(mapping, assigned), name.WithoutTrivia(), mappings);
            }

            if (Terminal(mapped, sequence, model, cancellationToken) is not { } terminal)
            {
                return null;
            }

            // Inline: the mapping holds the query, which, projected, takes its place.
            return new Rewrite(terminal, Extended(mapping, terminal), WithoutParentheses(mapped), mappings);
        }

        public SyntaxNode Apply(SyntaxNode root, SemanticModel model)
        {
            var projected = Projected(terminal);
            var updated = replacement.Contains(terminal)
                ? root.ReplaceNode(mapping, Parenthesized(replacement.ReplaceNode(terminal, projected), mapping).WithTriviaFrom(mapping))
                : root.ReplaceNodes([terminal, mapping], (original, _) => original == terminal ? projected.WithTriviaFrom(terminal) : replacement.WithTriviaFrom(mapping));
            updated = GeneratedTypes.WithUsing(updated, mappings.ContainingNamespace, mapping, model);

            // A predicate moved into Where needs System.Linq's Queryable.
            return terminal.ArgumentList.Arguments.Any(a => a.Expression is LambdaExpressionSyntax) && model.Compilation.GetTypeByMetadataName("System.Linq.Queryable") is { } queryable
                ? GeneratedTypes.WithUsing(updated, queryable.ContainingNamespace, mapping, model)
                : updated;
        }

        /// <summary><c>q.M(predicate, token)</c> → <c>q.Where(predicate).SelectRead().M(token)</c>.</summary>
        private static InvocationExpressionSyntax Projected(InvocationExpressionSyntax terminal)
        {
            var access = (MemberAccessExpressionSyntax)terminal.Expression;
            var query = access.Expression;
            var arguments = terminal.ArgumentList.Arguments;
            var predicates = arguments.Where(a => a.Expression is LambdaExpressionSyntax).ToList();
            foreach (var predicate in predicates)
            {
                query = Call(query, "Where", SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(predicate)));
            }

            var rest = SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments.Where(a => !predicates.Contains(a))));
            return Call(Call(query, "SelectRead", SyntaxFactory.ArgumentList()), access.Name.Identifier.ValueText, rest);
        }

        private static InvocationExpressionSyntax Call(ExpressionSyntax receiver, string method, ArgumentListSyntax arguments) =>
            SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName(method)),
                arguments);

        private static ExpressionSyntax Parenthesized(ExpressionSyntax expression, ExpressionSyntax at) =>
            at.Parent is MemberAccessExpressionSyntax or ConditionalAccessExpressionSyntax && expression is AwaitExpressionSyntax
                ? SyntaxFactory.ParenthesizedExpression(expression)
                : expression;
    }

    /// <summary>
    /// What maps: <c>s.Select(x =&gt; x.ToRead())</c> or <c>s.Select(Mappings.ToRead)</c> (a sequence), or <c>e.ToRead()</c>
    /// (one entity); with the expression mapped and the entity type.
    /// </summary>
    private static (ExpressionSyntax Mapping, ExpressionSyntax Mapped, bool Sequence, INamedTypeSymbol Entity)? Mapping(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        if (node is ArgumentSyntax argument)
        {
            node = argument.Expression;
        }

        if (model.GetSymbolInfo(node is InvocationExpressionSyntax call ? call.Expression : node, cancellationToken).Symbol is not IMethodSymbol { Name: "ToRead" } toRead
            || (toRead.ReducedFrom ?? toRead).Parameters.FirstOrDefault()?.Type is not INamedTypeSymbol entity)
        {
            return null;
        }

        ExpressionSyntax? element = null;
        if (node is InvocationExpressionSyntax invocation)
        {
            element = invocation.Expression is MemberAccessExpressionSyntax access && toRead.ReducedFrom is not null
                ? access.Expression
                : invocation.ArgumentList.Arguments.Count == 1 ? invocation.ArgumentList.Arguments[0].Expression : null;
            if (element is null)
            {
                return null;
            }

            // x => x.ToRead() as the only argument of a Select: the sequence is what is mapped.
            if (invocation.Parent is SimpleLambdaExpressionSyntax { Parameter.Identifier.ValueText: var parameter } lambda
                && element is IdentifierNameSyntax { Identifier.ValueText: var used } && used == parameter
                && SelectOf(lambda) is { } select)
            {
                return (select.Invocation, select.Source, true, entity);
            }

            return (invocation, element, false, entity);
        }

        return node is ExpressionSyntax group && SelectOf(group) is { } groupSelect ? (groupSelect.Invocation, groupSelect.Source, true, entity) : null;
    }

    private static (InvocationExpressionSyntax Invocation, ExpressionSyntax Source)? SelectOf(ExpressionSyntax argument) =>
        argument.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax invocation } }
        && invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Select" } access
            ? (invocation, access.Expression)
            : null;

    /// <summary>The mapping with a materializing call after it that the projected query already does (<c>.ToList()</c>).</summary>
    private static ExpressionSyntax Extended(ExpressionSyntax mapping, InvocationExpressionSyntax terminal)
    {
        var name = ((MemberAccessExpressionSyntax)terminal.Expression).Name.Identifier.ValueText;
        var again = name.StartsWith("ToList", System.StringComparison.Ordinal) ? "ToList" : name.StartsWith("ToArray", System.StringComparison.Ordinal) ? "ToArray" : null;
        return again is not null
            && mapping.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var next, Parent: InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } materialized }
            && next == again
                ? materialized
                : mapping;
    }

    /// <summary>The query call that produced the value (<c>q.ToListAsync()</c> under <c>await</c>, parentheses, <c>ConfigureAwait</c>).</summary>
    private static InvocationExpressionSyntax? Terminal(ExpressionSyntax value, bool sequence, SemanticModel model, CancellationToken cancellationToken)
    {
        var expression = Unwrap(value);
        if (expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Expression: var awaited } })
        {
            expression = Unwrap(awaited);
        }

        return expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call
            && (sequence ? ToSequence : ToSingle).Contains(access.Name.Identifier.ValueText)
            && model.GetTypeInfo(access.Expression, cancellationToken).Type is { } receiver
            && IsQueryable(receiver)
                ? call
                : null;
    }

    private static bool IsQueryable(ITypeSymbol type) =>
        type is INamedTypeSymbol named && (named.OriginalDefinition.ToDisplayString() == "System.Linq.IQueryable<T>"
            || named.AllInterfaces.Any(i => i.OriginalDefinition.ToDisplayString() == "System.Linq.IQueryable<T>"));

    private static ExpressionSyntax WithoutParentheses(ExpressionSyntax expression) =>
        expression is ParenthesizedExpressionSyntax parenthesized ? WithoutParentheses(parenthesized.Expression) : expression;

    private static ExpressionSyntax Unwrap(ExpressionSyntax expression) => expression switch
    {
        ParenthesizedExpressionSyntax parenthesized => Unwrap(parenthesized.Expression),
        AwaitExpressionSyntax awaited => Unwrap(awaited.Expression),
        _ => expression,
    };

    private static ExpressionSyntax? Initializer(ILocalSymbol local, CancellationToken cancellationToken) =>
        local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is VariableDeclaratorSyntax
        {
            Initializer.Value: var value,
            Parent: VariableDeclarationSyntax { Type.IsVar: true, Variables.Count: 1 },
        }
            ? value
            : null;

    /// <summary>Every other use of the local is a null check: the entities are needed for nothing but the mapping.</summary>
    private static bool OnlyMappedOrNullChecked(ILocalSymbol local, IdentifierNameSyntax mapped, SemanticModel model, CancellationToken cancellationToken)
    {
        var scope = local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken).FirstAncestorOrSelf<SyntaxNode>(n => n is BlockSyntax or ArrowExpressionClauseSyntax or SwitchSectionSyntax);
        IEnumerable<IdentifierNameSyntax> uses = scope?.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Where(n => n.Identifier.ValueText == local.Name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(n, cancellationToken).Symbol, local)) ?? [];
        return uses.All(use => use == mapped || IsNullCheck(use));
    }

    private static bool IsNullCheck(IdentifierNameSyntax use) => use.Parent switch
    {
        IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax literal } } => literal.IsKind(SyntaxKind.NullLiteralExpression),
        IsPatternExpressionSyntax { Pattern: UnaryPatternSyntax { Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax literal } } } => literal.IsKind(SyntaxKind.NullLiteralExpression),
        BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression) =>
            (binary.Left == use ? binary.Right : binary.Left).IsKind(SyntaxKind.NullLiteralExpression),
        _ => false,
    };
}
