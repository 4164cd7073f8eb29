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
/// EDG200: inserts <c>.IncludeForRead()</c> after the query's <c>DbSet</c>; EDG201: inserts the generated
/// <c>.Include{Nav}()</c> for the navigation read per item. The analyzers pass the query's root as the diagnostic's
/// additional location (and, for EDG201, the navigation), so the fix does not redo their flow analysis.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(IncludeFix))]
[Shared]
public sealed class IncludeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ToReadWithoutIncludes, DiagnosticIds.QueryPerItem);

    /// <summary>Several diagnostics often name one query, and one include fixes them all: no batch fixing.</summary>
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

        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count == 0
                || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax query
                || model.GetTypeInfo(query, context.CancellationToken).Type is not INamedTypeSymbol { TypeArguments.Length: 1 } set
                || set.TypeArguments[0] is not INamedTypeSymbol entity
                || GeneratedTypes.Includes(model.Compilation, entity) is not { } includes)
            {
                continue;
            }

            string method;
            string title;
            if (diagnostic.Id == DiagnosticIds.ToReadWithoutIncludes)
            {
                method = "IncludeForRead";
                title = "Load the Read graph with IncludeForRead()";
            }
            else if (diagnostic.Properties.TryGetValue(DiagnosticIds.Navigation, out var navigation) && navigation is not null)
            {
                method = "Include" + navigation;
                title = "Include " + navigation + " in the query";
            }
            else
            {
                continue;
            }

            if (includes.GetMembers(method).IsEmpty)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(title, cancellation => InsertAsync(context.Document, query, method, includes.ContainingNamespace, cancellation), nameof(IncludeFix) + method),
                diagnostic);
        }
    }

    private static async Task<Document> InsertAsync(Document document, ExpressionSyntax query, string method, INamespaceSymbol helpers, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var included = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, query.WithoutTrivia(), SyntaxFactory.IdentifierName(method)))
            .WithTriviaFrom(query);
        var updated = GeneratedTypes.WithUsing(root.ReplaceNode(query, included), helpers, query, model);
        return document.WithSyntaxRoot(updated);
    }
}
