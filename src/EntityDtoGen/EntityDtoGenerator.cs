using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EntityDtoGen.Emitting;
using EntityDtoGen.Model;
using EntityDtoGen.Parsing;
using EntityDtoGen.Parsing.Configuration;
using EntityDtoGen.Planning;
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
        /// <summary>The metadata names of the <c>[GenerateDtos]</c> types.</summary>
        public const string EntityNames = nameof(EntityNames);

        /// <summary>The declarations read from <c>[GenerateDtos]</c> types.</summary>
        public const string Entities = nameof(Entities);

        /// <summary>The facts each configuration class (DbContext, IEntityTypeConfiguration, interceptor) states.</summary>
        public const string ConfigurationFacts = nameof(ConfigurationFacts);

        /// <summary>All configuration facts of the compilation.</summary>
        public const string ModelFacts = nameof(ModelFacts);

        /// <summary>Each declaration with the facts about the types it involves.</summary>
        public const string EntitiesWithFacts = nameof(EntitiesWithFacts);

        /// <summary>The planned model of each entity, or null when it has errors.</summary>
        public const string Plans = nameof(Plans);

        /// <summary>What the compilation references.</summary>
        public const string Features = nameof(Features);

        /// <summary>Each entity model paired with the features, the input of one output per entity.</summary>
        public const string EntitiesWithFeatures = nameof(EntitiesWithFeatures);

        /// <summary>The mappings classes <c>DtoModelCheck</c> calls.</summary>
        public const string ModelCheckEntities = nameof(ModelCheckEntities);

        /// <summary>The declarations of referenced assemblies' entities that <c>[assembly: GenerateDtosFor]</c> names.</summary>
        public const string ForeignEntities = nameof(ForeignEntities);

        /// <summary>The metadata names of the <c>[ReadShape]</c> records.</summary>
        public const string ShapeNames = nameof(ShapeNames);

        /// <summary>The declarations read from <c>[ReadShape]</c> records.</summary>
        public const string Shapes = nameof(Shapes);

        /// <summary>Each shape with the facts about the types it reads.</summary>
        public const string ShapesWithFacts = nameof(ShapesWithFacts);

        /// <summary>The planned model of each shape, or null when it has errors.</summary>
        public const string ShapePlans = nameof(ShapePlans);

        /// <summary>Each shape model paired with the features.</summary>
        public const string ShapesWithFeatures = nameof(ShapesWithFeatures);

        /// <summary>The JSON registration methods <c>DtoJson</c> calls.</summary>
        public const string JsonRegistrations = nameof(JsonRegistrations);

        /// <summary>The validation registration methods <c>DtoValidation</c> calls, with the features.</summary>
        public const string ValidationRegistrations = nameof(ValidationRegistrations);
    }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Every step that reads symbols takes the compilation from here: a keystroke inside a method body leaves it
        // unchanged, and with it every entity, shape and configuration fact.
        var gate = context.CompilationProvider
            .Select(static (compilation, _) => DeclarationGate.Of(compilation))
            .WithComparer(DeclarationGate.Comparer);

        var declarations = ReadAttributed(
            context,
            gate,
            KnownNames.GenerateDtosAttribute,
            TrackingNames.EntityNames,
            TrackingNames.Entities,
            static (entity, attribute, compilation, cancellationToken) => EntityParser.Parse(entity, attribute, compilation, cancellationToken).Declaration);

        var facts = gate
            .SelectMany(static (gate, cancellationToken) => FactScanner.ReadClasses(gate.Compilation, cancellationToken))
            .WithTrackingName(TrackingNames.ConfigurationFacts)
            .Collect()
            .Select(static (all, _) => new FactIndex(all.SelectMany(facts => facts)))
            .WithTrackingName(TrackingNames.ModelFacts);

        // Entities of referenced assemblies that [assembly: GenerateDtosFor] names, read from metadata.
        var foreignDeclarations = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.GenerateDtosForAttribute,
                static (node, _) => node is CompilationUnitSyntax,
                static (syntaxContext, _) => syntaxContext.Attributes.Length)
            .Collect()
            .Combine(gate)
            .SelectMany(static (pair, cancellationToken) => pair.Left.IsEmpty
                ? ImmutableArray<EntityDeclaration>.Empty
                : GenerationMap.ForeignEntities(pair.Right.Compilation)
                    .Select(foreign => EntityParser.ParseFor(foreign, pair.Right.Compilation, cancellationToken).Declaration)
                    .Where(declaration => declaration is not null)
                    .Select(declaration => declaration!.Value)
                    .ToImmutableArray())
            .WithTrackingName(TrackingNames.ForeignEntities);

        var features = gate
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (options, _) => BuildProperties.GeneratesJsonMetadata(options.GlobalOptions)))
            .Select(static (pair, _) => CompilationFeatures.Of(pair.Left.Compilation, pair.Right))
            .WithTrackingName(TrackingNames.Features);

        var plans = PlanAndEmit(context, declarations, facts, features);
        var foreignPlans = PlanAndEmit(context, foreignDeclarations, facts, features);

        var shapes = ReadAttributed(
            context,
            gate,
            KnownNames.ReadShapeAttribute,
            TrackingNames.ShapeNames,
            TrackingNames.Shapes,
            static (shape, attribute, compilation, cancellationToken) => ShapeParser.Parse(shape, attribute, compilation, cancellationToken).Declaration);

        var shapePlans = shapes
            .Combine(facts)
            .Select(static (pair, _) => (Declaration: pair.Left, Facts: pair.Right.For(pair.Left.FactKeys)))
            .WithTrackingName(TrackingNames.ShapesWithFacts)
            .Select(static (input, _) => ShapePlanner.Plan(input.Declaration, input.Facts) is { HasErrors: false } plan ? plan.Model : (ShapeModel?)null)
            .WithTrackingName(TrackingNames.ShapePlans);

        var perShape = shapePlans
            .Where(static model => model is not null)
            .Select(static (model, _) => model!.Value)
            .Combine(features)
            .WithTrackingName(TrackingNames.ShapesWithFeatures);
        context.RegisterSourceOutput(perShape, static (output, pair) =>
        {
            output.AddSource(pair.Left.Shape.HintNamePrefix + ".Shape.g.cs", ShapeEmitter.EmitProjection(pair.Left));
            output.AddSource(pair.Left.Shape.HintNamePrefix + ".ShapeMappings.g.cs", ShapeEmitter.EmitMappings(pair.Left, pair.Right));
            if (pair.Right.GeneratesJsonMetadata)
            {
                output.AddSource(pair.Left.Shape.HintNamePrefix + ".ShapeJson.g.cs", JsonEmitter.EmitShape(pair.Left, pair.Right));
            }
        });

        var servedEntities = plans.Collect()
            .Combine(foreignPlans.Collect())
            .Select(static (pair, _) => pair.Left.Concat(pair.Right)
                .Where(static model => model is { Kinds: not GeneratedKinds.None })
                .Select(static model => model!.Value)
                .ToArray());
        var entityMappings = servedEntities
            .Select(static (models, _) => models.Select(static model => model.QualifiedName(model.MappingsName)).ToArray());
        var shapeMappings = shapePlans
            .Where(static model => model is not null)
            .Select(static (model, _) => model!.Value.QualifiedName(model.Value.Shape.MappingsName))
            .Collect();
        var modelCheck = entityMappings
            .Combine(shapeMappings)
            .Select(static (pair, _) => new EquatableArray<string>(pair.Left.Concat(pair.Right).OrderBy(m => m, System.StringComparer.Ordinal).ToArray()))
            .Combine(features)
            .WithTrackingName(TrackingNames.ModelCheckEntities);
        context.RegisterSourceOutput(modelCheck, static (output, pair) =>
        {
            // Only where there are entities: a test project that runs the generator over no entity of its own must not
            // get a second DtoModelCheck beside the one it sees through InternalsVisibleTo.
            if (pair.Right.HasEntityFrameworkCore && pair.Left.Count > 0)
            {
                output.AddSource(ModelChecksEmitter.HintName, ModelChecksEmitter.Emit());
                output.AddSource(DtoIncludesEmitter.HintName, DtoIncludesEmitter.Emit());
                output.AddSource(DtoModelCheckEmitter.HintName, DtoModelCheckEmitter.Emit(pair.Left));
                if (pair.Right.HasRelationalEntityFrameworkCore)
                {
                    output.AddSource(DtoUpsertEmitter.HintName, DtoUpsertEmitter.Emit());
                }
            }
        });

        var jsonRegistrations = servedEntities
            .Select(static (models, _) => models.Select(static model => JsonEmitter.RegistrationName(model.HintNamePrefix)).ToArray())
            .Combine(shapePlans.Where(static model => model is not null).Select(static (model, _) => JsonEmitter.RegistrationName(model!.Value.Shape.HintNamePrefix)).Collect())
            .Select(static (pair, _) => new EquatableArray<string>(pair.Left.Concat(pair.Right).OrderBy(m => m, System.StringComparer.Ordinal).ToArray()))
            .Combine(features)
            .WithTrackingName(TrackingNames.JsonRegistrations);
        context.RegisterSourceOutput(jsonRegistrations, static (output, pair) =>
        {
            // Without metadata the resolver is still there, empty, so the registration line compiles in every build.
            if (pair.Left.Count > 0)
            {
                output.AddSource(DtoJsonEmitter.HintName, DtoJsonEmitter.Emit(pair.Right.GeneratesJsonMetadata ? pair.Left : EquatableArray<string>.Empty, pair.Right));
            }
        });

        var validationRegistrations = servedEntities
            .Select(static (models, _) => new EquatableArray<string>(models.Where(ValidationEmitter.Validates).Select(static model => ValidationEmitter.RegistrationName(model.HintNamePrefix)).OrderBy(m => m, System.StringComparer.Ordinal).ToArray()))
            .Combine(features)
            .WithTrackingName(TrackingNames.ValidationRegistrations);
        context.RegisterSourceOutput(validationRegistrations, static (output, pair) =>
        {
            if (pair.Left.Count > 0)
            {
                output.AddSource(DtoValidationEmitter.HintName, DtoValidationEmitter.Emit(pair.Left, pair.Right));
            }

            if (pair.Left.Count > 0 && pair.Right.HasOpenApi)
            {
                output.AddSource(DtoOpenApiEmitter.HintName, DtoOpenApiEmitter.Emit(pair.Left));
            }
        });
    }

    /// <summary>
    /// The declarations read from the types that carry an attribute. The types are found with
    /// <c>ForAttributeWithMetadataName</c>, by their metadata name only, and read from the gate's compilation: a
    /// keystroke that changes no declaration leaves both the names and the gate unchanged, so nothing is read again.
    /// </summary>
    private static IncrementalValuesProvider<T> ReadAttributed<T>(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<DeclarationGate> gate,
        string attributeName,
        string namesStep,
        string readStep,
        Func<INamedTypeSymbol, AttributeData, Compilation, CancellationToken, T?> read)
        where T : struct =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(
                attributeName,
                static (node, _) => node is TypeDeclarationSyntax,
                (syntaxContext, _) => syntaxContext.TargetSymbol is INamedTypeSymbol type && IsFirstAttributedDeclaration(syntaxContext.TargetNode, type, attributeName)
                    ? EntityParser.HintNamePrefix(type)
                    : null)
            .Where(static name => name is not null)
            .Select(static (name, _) => name!)
            .WithTrackingName(namesStep)
            .Combine(gate)
            .Select((pair, cancellationToken) =>
                pair.Right.Compilation.Assembly.GetTypeByMetadataName(pair.Left) is { } type
                && type.GetAttributes().FirstOrDefault(a => a.Is(attributeName)) is { } attribute
                    ? read(type, attribute, pair.Right.Compilation, cancellationToken)
                    : null)
            .WithTrackingName(readStep)
            .Where(static declaration => declaration is not null)
            .Select(static (declaration, _) => declaration!.Value);

    /// <summary>
    /// Plans each entity with the facts about its own types and emits its files. Each entity takes only those facts, so an
    /// edit in one configuration class re-plans every entity but re-emits only those whose facts changed.
    /// </summary>
    private static IncrementalValuesProvider<EntityModel?> PlanAndEmit(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<EntityDeclaration> declarations,
        IncrementalValueProvider<FactIndex> facts,
        IncrementalValueProvider<CompilationFeatures> features)
    {
        var plans = declarations
            .Combine(facts)
            .Select(static (pair, _) => (Declaration: pair.Left, Facts: pair.Right.For(pair.Left.FactKeys)))
            .WithTrackingName(TrackingNames.EntitiesWithFacts)
            .Select(static (input, _) => DtoPlanner.Plan(input.Declaration, input.Facts) is { HasErrors: false } plan ? plan.Model : (EntityModel?)null)
            .WithTrackingName(TrackingNames.Plans);

        var perEntity = plans
            .Where(static model => model is not null)
            .Select(static (model, _) => model!.Value)
            .Combine(features)
            .WithTrackingName(TrackingNames.EntitiesWithFeatures);
        context.RegisterSourceOutput(perEntity, static (output, pair) => Emit(output, pair.Left, pair.Right));
        return plans;
    }

    /// <summary>
    /// A partial entity may carry the attribute on several declarations (an error the compiler reports); only the
    /// declaration holding its first application yields a model, so hint names stay unique.
    /// </summary>
    private static bool IsFirstAttributedDeclaration(SyntaxNode node, INamedTypeSymbol entity, string attributeName)
    {
        foreach (var attribute in entity.GetAttributes())
        {
            if (attribute.Is(attributeName)
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

        foreach (var kind in DtoKind.All)
        {
            if (entity.Has(kind))
            {
                output.AddSource(entity.HintNamePrefix + kind.HintSuffix, DtoEmitters.Emit(kind, entity, features));
            }
        }

        output.AddSource(entity.HintNamePrefix + ".DtoMappings.g.cs", MappingsEmitter.Emit(entity, features));
        if (features.GeneratesJsonMetadata)
        {
            output.AddSource(entity.HintNamePrefix + ".Json.g.cs", JsonEmitter.EmitEntity(entity, features));
        }

        if (ValidationEmitter.Validates(entity))
        {
            output.AddSource(entity.HintNamePrefix + ".Validation.g.cs", ValidationEmitter.Emit(entity));
            if (features.HasOpenApi)
            {
                output.AddSource(entity.HintNamePrefix + ".OpenApi.g.cs", OpenApiEmitter.Emit(entity));
            }
        }
        if (features.HasEntityFrameworkCore)
        {
            output.AddSource(entity.HintNamePrefix + ".Includes.g.cs", IncludesEmitter.Emit(entity));
        }

        if (UpsertEmitter.Emits(entity, features))
        {
            output.AddSource(entity.HintNamePrefix + ".Upsert.g.cs", UpsertEmitter.Emit(entity));
        }
    }
}
