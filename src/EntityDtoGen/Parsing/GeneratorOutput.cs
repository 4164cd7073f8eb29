using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>
/// The generator's own files, which the analyzers see beside the user's (the generator never does: it reads the
/// compilation before its output is added). Readers skip them, so the analyzer reads what the generator read.
/// </summary>
internal static class GeneratorOutput
{
    /// <summary>A generated tree's path ends in <c>{generator type}/{hint name}</c>.</summary>
    public static bool Contains(SyntaxTree tree) =>
        System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(tree.FilePath)) == typeof(EntityDtoGenerator).FullName;

    /// <summary>Declared only in the generator's files (a generated DTO member, or a DTO no user wrote a part of).</summary>
    public static bool DeclaresOnly(ISymbol symbol)
    {
        var references = symbol.DeclaringSyntaxReferences;
        if (references.Length == 0)
        {
            return false;
        }

        foreach (var reference in references)
        {
            if (!Contains(reference.SyntaxTree))
            {
                return false;
            }
        }

        return true;
    }
}
