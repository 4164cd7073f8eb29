using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using EntityDtoGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EntityDtoGen.Diagnostics;

/// <summary>
/// EDG010: a marker on a property of a class that neither has <c>[GenerateDtos]</c> nor is a base class of one. It needs
/// the whole compilation, so it reports at compilation end, separately from the per-entity analyzer.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MarkerPlacementAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] MarkerNames =
    [
        KnownNames.SecretAttribute, KnownNames.ServerGeneratedAttribute, KnownNames.CreateOnlyAttribute, KnownNames.IncludeInReadAttribute,
        KnownNames.ClientWritableAttribute, KnownNames.NotSecretAttribute,
    ];

    private static readonly string[] DtoSuffixes = ["Create", "Read", "Update"];

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.MarkerOutsideEntity);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(KnownNames.GenerateDtosAttribute) is null)
            {
                return;
            }

            var served = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);
            var marked = new ConcurrentBag<INamedTypeSymbol>();
            start.RegisterSymbolAction(
                symbolContext =>
                {
                    var type = (INamedTypeSymbol)symbolContext.Symbol;
                    if (HasGenerateDtos(type))
                    {
                        for (var current = type; current is not null; current = current.BaseType)
                        {
                            served[current.OriginalDefinition] = true;
                        }
                    }

                    if (type.GetMembers().OfType<IPropertySymbol>().Any(p => Markers(p).Any()))
                    {
                        marked.Add(type);
                    }
                },
                SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var type in marked)
                {
                    if (!served.ContainsKey(type.OriginalDefinition))
                    {
                        Report(end, type);
                    }
                }
            });
        });
    }

    private static void Report(CompilationAnalysisContext context, INamedTypeSymbol type)
    {
        var isDto = IsGeneratedDtoPartial(type);
        var isValue = TypeClassifier.IsValueObject(type);
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            foreach (var marker in Markers(property))
            {
                // [Secret] on a member of the user's own DTO part keeps it out of ToString(): that is its use there.
                if (isDto && marker == KnownNames.SecretAttribute)
                {
                    continue;
                }

                var hint = isValue && marker == KnownNames.SecretAttribute
                    ? "; an [Owned] or [ComplexType] value is carried into the DTOs whole, so this member is not hidden"
                    : string.Empty;
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.MarkerOutsideEntity,
                    EntityParser.FirstSourceLocation(property) ?? Location.None,
                    "[" + marker.Substring(marker.LastIndexOf('.') + 1).Replace("Attribute", string.Empty) + "]",
                    type.Name,
                    property.Name,
                    hint));
            }
        }
    }

    private static bool HasGenerateDtos(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => a.Is(KnownNames.GenerateDtosAttribute));

    private static System.Collections.Generic.IEnumerable<string> Markers(IPropertySymbol property) =>
        MarkerNames.Where(name => property.GetAttributes().Any(a => a.Is(name)));

    private static bool IsGeneratedDtoPartial(INamedTypeSymbol type)
    {
        foreach (var suffix in DtoSuffixes)
        {
            if (type.Name.Length > suffix.Length && type.Name.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                var entityName = type.Name.Substring(0, type.Name.Length - suffix.Length);
                if (type.ContainingNamespace.GetTypeMembers(entityName).Any(HasGenerateDtos))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
