using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using EntityDtoGen.Parsing.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EntityDtoGen;

/// <summary>
/// The compilation, for the steps that read symbols, passed on only when what they read may have changed. Every
/// keystroke makes a new compilation, and reading the entities again costs about half a millisecond each; but most
/// keystrokes are inside a method body, which changes no declaration. Two compilations count as the same here when
/// they have the same references, options and files, and each file reads the same with the bodies of its methods and
/// its top-level statements left out, except in classes the configuration reader reads (their bodies configure EF Core)
/// and bodies that hold a preprocessor directive (which can change what follows). Everything the readers look at is
/// kept: declarations, attributes, doc comments, property accessors and initializers, constructors.
/// </summary>
/// <remarks>
/// It holds a compilation, unlike the pipeline's models: it stands in for <c>CompilationProvider</c> with a comparer
/// that says when nothing the generator reads changed. While it compares equal the pipeline may keep the compilation of
/// the last change; the declarations read from it are, by that comparison, the same.
/// </remarks>
internal sealed class DeclarationGate
{
    // Per file, computed once: trees are immutable and a keystroke replaces one of them.
    private static readonly ConditionalWeakTable<SyntaxTree, string> Declarations = new();

    private DeclarationGate(Compilation compilation) => Compilation = compilation;

    public Compilation Compilation { get; }

    public static IEqualityComparer<DeclarationGate> Comparer { get; } = new SameDeclarations();

    public static DeclarationGate Of(Compilation compilation) => new(compilation);

    /// <summary>The file's text without the method bodies and top-level statements no reader looks at; each leaves a marker.</summary>
    internal static string DeclarationText(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        var text = root.ToFullString();
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var member in root.DescendantNodes(static node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
        {
            var body = member switch
            {
                MethodDeclarationSyntax method when !(method.Parent is ClassDeclarationSyntax type && ConfigurationReader.MayConfigure(type, cancellationToken)) =>
                    (SyntaxNode?)method.Body ?? method.ExpressionBody,
                // Top-level statements (a minimal API's Program.cs) declare no type and configure nothing the readers see.
                GlobalStatementSyntax statement => statement.Statement,
                _ => null,
            };
            if (body is null || body.ContainsDirectives)
            {
                continue;
            }

            builder.Append(text, position, body.SpanStart - position).Append('\u0001');
            position = body.Span.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    private static string DeclarationTextOf(SyntaxTree tree) =>
        Declarations.GetValue(tree, static t => DeclarationText(t, CancellationToken.None));

    private sealed class SameDeclarations : IEqualityComparer<DeclarationGate>
    {
        public bool Equals(DeclarationGate? x, DeclarationGate? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            if (x is null || y is null)
            {
                return false;
            }

            var left = x.Compilation;
            var right = y.Compilation;
            if (left.AssemblyName != right.AssemblyName
                || !left.Options.Equals(right.Options)
                || !left.References.SequenceEqual(right.References, ReferenceIdentity.Instance))
            {
                return false;
            }

            var leftTrees = left.SyntaxTrees.ToArray();
            var rightTrees = right.SyntaxTrees.ToArray();
            if (leftTrees.Length != rightTrees.Length)
            {
                return false;
            }

            for (var i = 0; i < leftTrees.Length; i++)
            {
                var a = leftTrees[i];
                var b = rightTrees[i];
                if (ReferenceEquals(a, b))
                {
                    continue;
                }

                if (a.FilePath != b.FilePath || !a.Options.Equals(b.Options) || DeclarationTextOf(a) != DeclarationTextOf(b))
                {
                    return false;
                }
            }

            return true;
        }

        // Equal gates hash alike; the driver compares a node's new value with its previous one, never hashes it.
        public int GetHashCode(DeclarationGate obj) => obj.Compilation.SyntaxTrees.Count();
    }

    /// <summary>A reference counts as unchanged only as the same object: a rebuilt project or package is a new one.</summary>
    private sealed class ReferenceIdentity : IEqualityComparer<MetadataReference>
    {
        public static readonly ReferenceIdentity Instance = new();

        public bool Equals(MetadataReference? x, MetadataReference? y) => ReferenceEquals(x, y);

        public int GetHashCode(MetadataReference obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
