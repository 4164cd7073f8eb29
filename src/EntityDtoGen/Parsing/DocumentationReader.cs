using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EntityDtoGen.Parsing;

/// <summary>Reads a property's XML doc comment so the DTO member can carry it.</summary>
internal static class DocumentationReader
{
    private static readonly Regex CrefElement = new("<(see|seealso)\\s+cref=\"([^\"]*)\"\\s*/>", RegexOptions.Compiled);
    private static readonly Regex CrefAttribute = new("\\s+cref=\"[^\"]*\"", RegexOptions.Compiled);

    public static EquatableArray<string> Read(IPropertySymbol property, CancellationToken cancellationToken)
    {
        // Most properties have no doc comment; asking the compiler for one is costly each time the entities are read. Only
        // crefs need it, as it resolves them to documentation ids (cref="T:Ns.Type") that stay valid in the generated file;
        // a comment without one reads the same from its lines. A property of a referenced assembly has only the compiler's XML.
        var declaration = property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
        if (declaration is not null && !HasDocumentationTrivia(declaration))
        {
            return EquatableArray<string>.Empty;
        }

        var xml = declaration is null || declaration.GetLeadingTrivia().ToFullString().Contains("cref")
            ? property.GetDocumentationCommentXml(expandIncludes: false, cancellationToken: cancellationToken)
            : null;
        var lines = !string.IsNullOrWhiteSpace(xml) ? FromXml(xml!) : declaration is null ? [] : FromTrivia(declaration);
        return new EquatableArray<string>(Dedent(lines));
    }

    private static List<string> FromXml(string xml)
    {
        var lines = xml.Replace("\r\n", "\n").Split('\n').ToList();

        // Drop the <member name="..."> wrapper the compiler adds.
        if (lines.Count > 0 && lines[0].TrimStart().StartsWith("<member", StringComparison.Ordinal))
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && (lines[lines.Count - 1].Trim().Length == 0 || lines[lines.Count - 1].Trim() == "</member>"))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>
    /// The raw <c>///</c> lines: for a comment without crefs, and when the compiler gives no XML (no documentation
    /// parsing). Crefs read this way are unresolved and would not bind in the generated file, so they become plain text.
    /// </summary>
    private static List<string> FromTrivia(SyntaxNode declaration)
    {
        var lines = new List<string>();
        foreach (var trivia in declaration.GetLeadingTrivia())
        {
            foreach (var raw in trivia.ToFullString().Replace("\r\n", "\n").Split('\n'))
            {
                var line = raw.TrimStart();
                if (line.StartsWith("///", StringComparison.Ordinal))
                {
                    var text = CrefElement.Replace(line.Substring(3), "<c>$2</c>");
                    lines.Add(CrefAttribute.Replace(text, string.Empty));
                }
            }
        }

        return lines;
    }

    private static bool HasDocumentationTrivia(SyntaxNode declaration)
    {
        foreach (var trivia in declaration.GetLeadingTrivia())
        {
            switch (trivia.Kind())
            {
                case SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia:
                    return true;
                case SyntaxKind.SingleLineCommentTrivia when trivia.ToString().StartsWith("///", StringComparison.Ordinal):
                    return true;
            }
        }

        return false;
    }

    private static string[] Dedent(List<string> lines)
    {
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return lines.Select(l => l.Length >= indent ? l.Substring(indent).TrimEnd() : l.Trim()).ToArray();
    }
}
