using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using EntityDtoGen.Model;
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

    private static readonly string[] DtoSuffixes = DtoKind.All.Select(k => k.Suffix).ToArray();

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
            var carried = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);
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

                        // An entity's value types: [Secret]/[NotSecret] inside them decide whether the value may be carried.
                        foreach (var property in EntityShape.Properties(type))
                        {
                            foreach (var valueType in CarriedTypes(property.Type))
                            {
                                carried[valueType.OriginalDefinition] = true;
                            }
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
                        Report(end, type, carried.ContainsKey(type.OriginalDefinition));
                    }
                }
            });
        });
    }

    /// <param name="isCarriedValue">An entity has a member of this type: the generator reads its secrets to decide whether the value may be carried.</param>
    private static void Report(CompilationAnalysisContext context, INamedTypeSymbol type, bool isCarriedValue)
    {
        var isDto = IsGeneratedDtoPartial(type);
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            foreach (var marker in Markers(property))
            {
                // [Secret] on a member of the user's own DTO part keeps it out of ToString(): that is its use there.
                // On a member of a value an entity carries, [Secret] and [NotSecret] decide whether that value is left out.
                if ((isDto && marker == KnownNames.SecretAttribute)
                    || (isCarriedValue && marker is KnownNames.SecretAttribute or KnownNames.NotSecretAttribute))
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.MarkerOutsideEntity,
                    EntityParser.FirstSourceLocation(property) ?? Location.None,
                    "[" + marker.Substring(marker.LastIndexOf('.') + 1).Replace("Attribute", string.Empty) + "]",
                    type.Name,
                    property.Name));
            }
        }
    }

    /// <summary>The struct or class a property of this type carries: the type itself or a collection's element, nullable unwrapped.</summary>
    private static System.Collections.Generic.IEnumerable<INamedTypeSymbol> CarriedTypes(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            type = array.ElementType;
        }

        if (type is INamedTypeSymbol named)
        {
            yield return named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && named.TypeArguments[0] is INamedTypeSymbol inner ? inner : named;
            foreach (var argument in named.TypeArguments.OfType<INamedTypeSymbol>())
            {
                yield return argument;
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
