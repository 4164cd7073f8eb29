using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EntityDtoGen.Parsing.Configuration;

/// <summary>
/// Reads the configuration facts of a whole compilation at once, for the analyzer, with the same reader the generator's
/// pipeline runs class by class.
/// </summary>
internal static class FactScanner
{
    public static FactIndex Scan(Compilation compilation, CancellationToken cancellationToken)
    {
        var facts = new List<ModelFact>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var root = tree.GetRoot(cancellationToken);
            SemanticModel? model = null;
            foreach (var declaration in root.DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                if (ConfigurationReader.MayConfigure(declaration, cancellationToken))
                {
                    model ??= compilation.GetSemanticModel(tree);
                    facts.AddRange(ConfigurationReader.Read(declaration, model, cancellationToken));
                }
            }
        }

        return new FactIndex(facts);
    }
}
