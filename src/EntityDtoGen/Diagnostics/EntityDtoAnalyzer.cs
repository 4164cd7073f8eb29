using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EntityDtoGen.Model;
using EntityDtoGen.Parsing;
using EntityDtoGen.Parsing.Configuration;
using EntityDtoGen.Planning;
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
        DiagnosticDescriptors.DuplicateGeneratedNames,
        DiagnosticDescriptors.EmptyDto,
        DiagnosticDescriptors.NoBindableConstructor,
        DiagnosticDescriptors.MemberLeftOut,
        DiagnosticDescriptors.ReadShapeReadsSecret,
        DiagnosticDescriptors.ReadShapeMemberUnbound,
        DiagnosticDescriptors.ReadShapeMemberIncompatible,
        DiagnosticDescriptors.UnsupportedReadShape,
        DiagnosticDescriptors.ReadShapeCycle,
        DiagnosticDescriptors.JsonMetadataDiffers);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        // [assembly: GenerateDtosFor(...)]: the entity has no source here, so every problem is reported at the attribute.
        context.RegisterCompilationAction(compilationContext =>
        {
            var facts = new Lazy<FactIndex>(() => FactScanner.Scan(compilationContext.Compilation, compilationContext.CancellationToken), LazyThreadSafetyMode.PublicationOnly);
            var json = BuildProperties.GeneratesJsonMetadata(compilationContext.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            foreach (var foreign in GenerationMap.ForeignEntities(compilationContext.Compilation))
            {
                AnalyzeForeign(compilationContext, foreign, facts, json);
            }
        });
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(KnownNames.GenerateDtosAttribute) is not { } attributeType)
            {
                return;
            }

            // The configuration lives in other classes; it is read once per compilation, when the first entity needs it.
            var compilation = start.Compilation;
            var facts = new Lazy<FactIndex>(() => FactScanner.Scan(compilation, start.CancellationToken), LazyThreadSafetyMode.PublicationOnly);
            var shapeAttributeType = start.Compilation.GetTypeByMetadataName(KnownNames.ReadShapeAttribute);
            var json = BuildProperties.GeneratesJsonMetadata(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, attributeType, shapeAttributeType, facts, json), SymbolKind.NamedType);
        });
    }

    /// <summary>
    /// One pass over each type for both attributes. A type with no attribute list in the user's files cannot carry either,
    /// and is left without binding its attributes: most types of a project, and every generated DTO the user wrote no
    /// part of (the generator's files apply neither attribute), are skipped that way.
    /// </summary>
    /// <param name="json">Whether the project gets JSON metadata: EDG020 speaks of it, so only then is it reported.</param>
    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol attributeType, INamedTypeSymbol? shapeAttributeType, Lazy<FactIndex> facts, bool json)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!type.DeclaringSyntaxReferences.Any(reference => !GeneratorOutput.Contains(reference.SyntaxTree)
            && reference.GetSyntax(context.CancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax { AttributeLists.Count: > 0 }))
        {
            return;
        }

        AnalyzeEntity(context, type, attributeType, facts, json);
        if (shapeAttributeType is not null)
        {
            AnalyzeShape(context, type, shapeAttributeType, facts, json);
        }
    }

    private static void AnalyzeEntity(SymbolAnalysisContext context, INamedTypeSymbol entity, INamedTypeSymbol attributeType, Lazy<FactIndex> facts, bool json)
    {
        foreach (var attribute in entity.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                continue;
            }

            var result = EntityParser.Parse(entity, attribute, context.Compilation, context.CancellationToken);
            foreach (var problem in result.Problems.Where(p => Reports(p.Descriptor, json)))
            {
                context.ReportDiagnostic(problem.ToDiagnostic());
            }

            if (result.Declaration is { } declaration)
            {
                var plan = DtoPlanner.Plan(declaration, facts.Value.For(declaration.FactKeys));
                foreach (var problem in plan.Problems.Where(p => Reports(p.Descriptor, json)))
                {
                    context.ReportDiagnostic(Diagnostic.Create(problem.Descriptor, LocationOf(entity, problem.Member), problem.Arguments));
                }
            }

            return;
        }
    }

    private static void AnalyzeShape(SymbolAnalysisContext context, INamedTypeSymbol shape, INamedTypeSymbol attributeType, Lazy<FactIndex> facts, bool json)
    {
        if (shape.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType)) is not { } attribute)
        {
            return;
        }

        var result = ShapeParser.Parse(shape, attribute, context.Compilation, context.CancellationToken);
        foreach (var problem in result.Problems.Where(p => Reports(p.Descriptor, json)))
        {
            context.ReportDiagnostic(problem.ToDiagnostic());
        }

        if (result.Declaration is { } declaration)
        {
            foreach (var problem in ShapePlanner.Plan(declaration, facts.Value.For(declaration.FactKeys)).Problems.Where(p => Reports(p.Descriptor, json)))
            {
                context.ReportDiagnostic(Diagnostic.Create(problem.Descriptor, LocationOf(shape, problem.Member), problem.Arguments));
            }
        }
    }

    private static void AnalyzeForeign(CompilationAnalysisContext context, ForeignEntity foreign, Lazy<FactIndex> facts, bool json)
    {
        var result = EntityParser.ParseFor(foreign, context.Compilation, context.CancellationToken);
        foreach (var problem in result.Problems.Where(p => Reports(p.Descriptor, json)))
        {
            context.ReportDiagnostic(problem.ToDiagnostic());
        }

        if (result.Declaration is { } declaration)
        {
            var location = foreign.Attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? Location.None;
            foreach (var problem in DtoPlanner.Plan(declaration, facts.Value.For(declaration.FactKeys)).Problems.Where(p => Reports(p.Descriptor, json)))
            {
                context.ReportDiagnostic(Diagnostic.Create(problem.Descriptor, location, problem.Arguments));
            }
        }
    }

    /// <summary>EDG020 speaks of the generated JSON metadata, so only a project that gets it hears of it.</summary>
    private static bool Reports(DiagnosticDescriptor descriptor, bool generatesJsonMetadata) =>
        generatesJsonMetadata || !ReferenceEquals(descriptor, DiagnosticDescriptors.JsonMetadataDiffers);

    /// <summary>The member's declaration, or the entity's when the problem is about the entity or the member has no source.</summary>
    private static Location LocationOf(INamedTypeSymbol entity, string? member)
    {
        for (var type = entity; member is not null && type is not null; type = type.BaseType)
        {
            foreach (var symbol in type.GetMembers(member))
            {
                if (symbol is IPropertySymbol or IFieldSymbol && EntityParser.FirstSourceLocation(symbol) is { } location)
                {
                    return location;
                }
            }
        }

        return EntityParser.FirstSourceLocation(entity) ?? Location.None;
    }
}
