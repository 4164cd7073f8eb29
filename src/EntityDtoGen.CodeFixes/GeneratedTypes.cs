using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EntityDtoGen.CodeFixes;

/// <summary>Finds what the generator emitted for an entity, in the compilation the fix sees (generated files included).</summary>
internal static class GeneratedTypes
{
    /// <summary>The generated <c>{E}DtoMappings</c> class that holds <c>ToRead(this E)</c>.</summary>
    public static INamedTypeSymbol? Mappings(Compilation compilation, INamedTypeSymbol entity) =>
        Find(compilation, entity.Name + "DtoMappings", entity, "ToRead");

    /// <summary>The generated <c>{E}Includes</c> class that holds <c>IncludeForRead(this IQueryable&lt;E&gt;)</c>.</summary>
    public static INamedTypeSymbol? Includes(Compilation compilation, INamedTypeSymbol entity) =>
        Find(compilation, entity.Name + "Includes", entity, "IncludeForRead");

    /// <summary>Whether a type of that name, generated for the entity, exists (<c>UserRead</c>, <c>UserCreate</c>).</summary>
    public static INamedTypeSymbol? Dto(INamedTypeSymbol mappings, string name) =>
        mappings.ContainingNamespace.GetTypeMembers(name).FirstOrDefault();

    /// <summary>Adds <c>using {namespace};</c> when the file has no such directive and the code is not in that namespace.</summary>
    public static SyntaxNode WithUsing(SyntaxNode root, INamespaceSymbol target, SyntaxNode usedAt, SemanticModel model)
    {
        if (target.IsGlobalNamespace || root is not CompilationUnitSyntax unit)
        {
            return root;
        }

        var name = target.ToDisplayString();
        var enclosing = model.GetEnclosingSymbol(usedAt.SpanStart)?.ContainingNamespace;
        for (var current = enclosing; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            if (current.ToDisplayString() == name)
            {
                return root;
            }
        }

        // At the top or inside a namespace declaration.
        if (root.DescendantNodes().OfType<UsingDirectiveSyntax>().Any(u => u.Name?.ToString() == name))
        {
            return root;
        }

        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(name))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(LineEnding(root)));
        return unit.AddUsings(directive);
    }

    /// <summary>The file's own line ending (its first one, else <c>\n</c>), so a fix does not mix CRLF into an LF file.</summary>
    public static string LineEnding(SyntaxNode root) =>
        root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } text ? text : "\n";

    private static INamedTypeSymbol? Find(Compilation compilation, string name, INamedTypeSymbol entity, string method) =>
        compilation.GetSymbolsWithName(name, SymbolFilter.Type).OfType<INamedTypeSymbol>().FirstOrDefault(type =>
            type.GetMembers(method).OfType<IMethodSymbol>().Any(m => m.IsExtensionMethod && m.Parameters.Length >= 1 && Matches(m.Parameters[0].Type, entity)));

    private static bool Matches(ITypeSymbol parameter, INamedTypeSymbol entity) =>
        SymbolEqualityComparer.Default.Equals(parameter, entity)
        || (parameter is INamedTypeSymbol { TypeArguments.Length: 1 } queryable && SymbolEqualityComparer.Default.Equals(queryable.TypeArguments[0], entity));
}
