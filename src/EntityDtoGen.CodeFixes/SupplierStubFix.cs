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
using Microsoft.CodeAnalysis.Formatting;

namespace EntityDtoGen.CodeFixes;

/// <summary>
/// EDG006: adds the <c>Create{Member}</c> supplier the generated <c>ToEntity</c> calls, as a stub that throws, to your
/// part of <c>{E}DtoMappings</c> (a new part beside the entity when you have none).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SupplierStubFix))]
[Shared]
public sealed class SupplierStubFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnsuppliedRequiredMember);

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
        var node = root.FindNode(diagnostic.Location.SourceSpan);
        var member = node.AncestorsAndSelf().Select(n => model.GetDeclaredSymbol(n, context.CancellationToken)).FirstOrDefault(s => s is IPropertySymbol or IFieldSymbol);
        if (member?.ContainingType is not { } entity || node.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } entityDeclaration)
        {
            return;
        }

        var method = "Create" + member.Name;
        context.RegisterCodeFix(
            CodeAction.Create("Add " + method + " to " + entity.Name + "DtoMappings", cancellation => AddStubAsync(context.Document, member, entityDeclaration, model, cancellation), nameof(SupplierStubFix)),
            diagnostic);
    }

    private static async Task<Document> AddStubAsync(Document document, ISymbol member, TypeDeclarationSyntax entityDeclaration, SemanticModel model, CancellationToken cancellationToken)
    {
        var entity = member.ContainingType;
        var type = member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;
        var typeName = type.ToMinimalDisplayString(model, entityDeclaration.SpanStart);
        var stub = (MethodDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(
            $"private static {typeName} Create{member.Name}({entity.Name}Create source) => throw new System.NotImplementedException(\"Supply {entity.Name}.{member.Name} for a new {entity.Name}.\");\n")!;
        stub = stub.WithAdditionalAnnotations(Formatter.Annotation);

        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var existing = root.DescendantNodes().OfType<ClassDeclarationSyntax>()
            .FirstOrDefault(c => c.Identifier.ValueText == entity.Name + "DtoMappings" && c.Modifiers.Any(SyntaxKind.PartialKeyword));
        SyntaxNode updated;
        if (existing is not null)
        {
            updated = root.ReplaceNode(existing, existing.AddMembers(stub));
        }
        else
        {
            var mappings = SyntaxFactory.ClassDeclaration(entity.Name + "DtoMappings")
                .AddModifiers(SyntaxFactory.Token(SyntaxKind.StaticKeyword), SyntaxFactory.Token(SyntaxKind.PartialKeyword))
                .AddMembers(stub)
                .WithAdditionalAnnotations(Formatter.Annotation);
            updated = root.InsertNodesAfter(entityDeclaration, [mappings]);
        }

        return document.WithSyntaxRoot(updated);
    }
}
