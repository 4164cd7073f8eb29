using System.Collections.Immutable;
using EntityDtoGen.Diagnostics.Loading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EntityDtoGen.Diagnostics;

/// <summary>
/// EDG200 and EDG201, the eager-loading lessons as warnings: <c>ToRead()</c> on entities a query loaded without what
/// their Read DTO nests, and navigations read or queries run once per item of a query's results. Each method body is
/// read on its own, in source order; an origin the analyzer cannot follow keeps it quiet (precision first).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LoadingAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ToReadWithoutIncludes, DiagnosticDescriptors.QueryPerItem);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(KnownNames.EfDbSet) is null)
            {
                return;
            }

            var entities = new EntityTypes();
            var origins = new QueryOrigins(entities);
            start.RegisterOperationBlockAction(block =>
            {
                var walker = new LoadingWalker(origins, entities, block.ReportDiagnostic);
                foreach (var operation in block.OperationBlocks)
                {
                    walker.Walk(operation);
                }
            });
        });
    }
}
