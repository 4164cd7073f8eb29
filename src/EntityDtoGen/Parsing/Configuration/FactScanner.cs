using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EntityDtoGen.Parsing.Configuration;

/// <summary>Reads the configuration facts of a whole compilation, class by class: for the generator's pipeline and the analyzer.</summary>
internal static class FactScanner
{
    public static FactIndex Scan(Compilation compilation, CancellationToken cancellationToken) =>
        new(ReadClasses(compilation, cancellationToken).SelectMany(facts => facts));

    /// <summary>The facts of each class that may configure EF Core, in the order of the files and the classes in them.</summary>
    public static IEnumerable<EquatableArray<ModelFact>> ReadClasses(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            // The analyzer sees the generator's own files, often most of the compilation's lines; they configure nothing.
            if (GeneratorOutput.Contains(tree))
            {
                continue;
            }

            var root = tree.GetRoot(cancellationToken);
            SemanticModel? model = null;
            foreach (var declaration in root.DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                if (ConfigurationReader.MayConfigure(declaration, cancellationToken))
                {
                    model ??= compilation.GetSemanticModel(tree);
                    yield return ConfigurationReader.Read(declaration, model, cancellationToken);
                }
            }
        }
    }
}
