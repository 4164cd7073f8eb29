using System.Linq;
using EntityDtoGen.Emitting;
using EntityDtoGen.Model;
using EntityDtoGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EntityDtoGen;

/// <summary>Generates DTOs, mappings and projections for every <c>[GenerateDtos]</c> entity.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class EntityDtoGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for caching tests.</summary>
    public static class TrackingNames
    {
        /// <summary>The entity models read from <c>[GenerateDtos]</c> types.</summary>
        public const string Entities = nameof(Entities);

        /// <summary>What the compilation references.</summary>
        public const string Features = nameof(Features);

        /// <summary>Each entity model paired with the features, the input of one output per entity.</summary>
        public const string EntitiesWithFeatures = nameof(EntitiesWithFeatures);
    }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var entities = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.GenerateDtosAttribute,
                static (node, _) => node is TypeDeclarationSyntax,
                static (syntaxContext, cancellationToken) =>
                {
                    if (syntaxContext.TargetSymbol is not INamedTypeSymbol entity || !IsFirstAttributedDeclaration(syntaxContext.TargetNode, entity))
                    {
                        return null;
                    }

                    return EntityParser.Parse(entity, syntaxContext.Attributes[0], syntaxContext.SemanticModel.Compilation, cancellationToken).Model;
                })
            .Where(static model => model is not null)
            .Select(static (model, _) => model!.Value)
            .WithTrackingName(TrackingNames.Entities);

        var features = context.CompilationProvider
            .Select(static (compilation, _) => new CompilationFeatures(
                compilation.GetTypeByMetadataName(KnownNames.ValidateNeverAttribute) is not null,
                compilation.GetTypeByMetadataName(KnownNames.EfDbContext) is not null))
            .WithTrackingName(TrackingNames.Features);

        var perEntity = entities.Combine(features).WithTrackingName(TrackingNames.EntitiesWithFeatures);
        context.RegisterSourceOutput(perEntity, static (output, pair) => Emit(output, pair.Left, pair.Right));
    }

    /// <summary>
    /// A partial entity may carry the attribute on several declarations (an error the compiler reports); only the
    /// declaration holding its first application yields a model, so hint names stay unique.
    /// </summary>
    private static bool IsFirstAttributedDeclaration(SyntaxNode node, INamedTypeSymbol entity)
    {
        foreach (var attribute in entity.GetAttributes())
        {
            if (attribute.Is(KnownNames.GenerateDtosAttribute)
                && attribute.ApplicationSyntaxReference is { } reference)
            {
                var declaration = reference.GetSyntax().FirstAncestorOrSelf<TypeDeclarationSyntax>();
                return declaration is not null && declaration.SyntaxTree == node.SyntaxTree && declaration.Span == node.Span;
            }
        }

        return false;
    }

    private static void Emit(SourceProductionContext output, EntityModel entity, CompilationFeatures features)
    {
        if (entity.Kinds == GeneratedKinds.None)
        {
            return;
        }

        if (entity.Has(GeneratedKinds.Create))
        {
            output.AddSource(entity.HintNamePrefix + ".Create.g.cs", CreateDtoEmitter.Emit(entity));
        }

        if (entity.Has(GeneratedKinds.Read))
        {
            output.AddSource(entity.HintNamePrefix + ".Read.g.cs", ReadDtoEmitter.Emit(entity));
        }

        if (entity.Has(GeneratedKinds.Update))
        {
            output.AddSource(entity.HintNamePrefix + ".Update.g.cs", UpdateDtoEmitter.Emit(entity, features));
        }

        output.AddSource(entity.HintNamePrefix + ".DtoMappings.g.cs", MappingsEmitter.Emit(entity, features));
        if (features.HasEntityFrameworkCore)
        {
            output.AddSource(entity.HintNamePrefix + ".Includes.g.cs", IncludesEmitter.Emit(entity));
        }
    }
}
