using System.Collections.Immutable;
using EntityDtoGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EntityDtoGen.Diagnostics;

/// <summary>
/// Reports the problems of <c>[GenerateDtos]</c> entities at their source locations. It runs the generator's own
/// parser, so an entity the generator skips always has an error here explaining why.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EntityDtoAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnsupportedEntityType,
        DiagnosticDescriptors.GeneratedNameCollision,
        DiagnosticDescriptors.IncludeInReadTargetWithoutRead,
        DiagnosticDescriptors.IncludeInReadCycle,
        DiagnosticDescriptors.ContradictoryMarkers,
        DiagnosticDescriptors.UnsuppliedRequiredMember,
        DiagnosticDescriptors.IncludeInReadTargetWithErrors,
        DiagnosticDescriptors.MemberNameCollision,
        DiagnosticDescriptors.MarkerWithoutEffect,
        DiagnosticDescriptors.DuplicateGeneratedNames);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(KnownNames.GenerateDtosAttribute) is not { } attributeType)
            {
                return;
            }

            start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, attributeType), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol attributeType)
    {
        var entity = (INamedTypeSymbol)context.Symbol;
        foreach (var attribute in entity.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                continue;
            }

            var result = EntityParser.Parse(entity, attribute, context.Compilation, context.CancellationToken);
            foreach (var problem in result.Problems)
            {
                context.ReportDiagnostic(problem.ToDiagnostic());
            }

            return;
        }
    }
}
