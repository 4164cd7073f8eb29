using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EntityDtoGen.Diagnostics;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EntityDtoGen.Parsing;

/// <summary>The result of parsing one read shape: its declaration when it can be served, and the problems found.</summary>
internal readonly record struct ShapeParseResult(ShapeDeclaration? Declaration, ImmutableArray<EntityProblem> Problems);

/// <summary>
/// Reads a <c>[ReadShape(typeof(E))]</c> record: its members, and for each the path of entity members it binds to by
/// name (the member itself, a flattened path through references, a counted collection). Whether each step may be
/// read depends on the EF Core configuration, so <see cref="Planning.ShapePlanner"/> decides that.
/// </summary>
internal static class ShapeParser
{
    private const int MaxPathLength = 4;

    public static ShapeParseResult Parse(INamedTypeSymbol shape, AttributeData attribute, Compilation compilation, CancellationToken cancellationToken)
    {
        var problems = new List<EntityProblem>();
        var location = EntityParser.FirstSourceLocation(shape) ?? Location.None;
        if (attribute.ConstructorArguments.FirstOrDefault().Value is not INamedTypeSymbol entity || entity.TypeKind == TypeKind.Error)
        {
            // The attribute's own argument does not compile; the compiler says so.
            return new ShapeParseResult(null, problems.ToImmutableArray());
        }

        if (UnsupportedReason(shape, entity) is { } reason)
        {
            problems.Add(new EntityProblem(DiagnosticDescriptors.UnsupportedReadShape, location, null, new object?[] { shape.Name, reason }));
            return new ShapeParseResult(null, problems.ToImmutableArray());
        }

        CheckMappingsCollision(shape, location, problems);
        if (FindCycle(shape) is { } cycle)
        {
            problems.Add(new EntityProblem(DiagnosticDescriptors.ReadShapeCycle, location, null, new object?[] { cycle }));
        }

        var navigations = new NavigationCache(compilation, cancellationToken);
        var entityDeclaration = EntityParser.Declare(entity, GeneratedKinds.Read, compilation, navigations, cancellationToken);
        var members = new List<ShapeMemberDeclaration>();
        var factKeys = new HashSet<string>(entityDeclaration.FactKeys);
        foreach (var member in shape.GetMembers().OfType<IPropertySymbol>())
        {
            // A computed member (Display => First + " " + Last) is the record's own business: the projection does not set it.
            if (member.IsStatic || member.IsIndexer || member.IsImplicitlyDeclared || member.DeclaredAccessibility != Accessibility.Public
                || (member.SetMethod is null && AccessorReader.IsComputed(member, cancellationToken)))
            {
                continue;
            }

            var declaration = Bind(member, entity, compilation, navigations, cancellationToken);
            members.Add(declaration);
            foreach (var step in declaration.Path)
            {
                factKeys.UnionWith(step.DeclaringChainKeys);
                if (step.Member.TargetTypeKey is { } target)
                {
                    factKeys.Add(target);
                }
            }
        }

        var (jsonMembers, jsonTypes) = ReadJson(shape, members, location, compilation, problems, cancellationToken);
        var shapeDeclaration = new ShapeDeclaration(
            shape.ContainingNamespace.IsGlobalNamespace ? string.Empty : shape.ContainingNamespace.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)),
            shape.Name,
            CSharpLiterals.TypeName(shape),
            EntityParser.HintNamePrefix(shape),
            EntityParser.EffectiveAccessibility(shape) == Accessibility.Public && EntityParser.EffectiveAccessibility(entity) == Accessibility.Public ? "public" : "internal",
            entityDeclaration,
            new EquatableArray<ShapeMemberDeclaration>(members.ToArray()),
            new EquatableArray<string>(factKeys.OrderBy(k => k, StringComparer.Ordinal).ToArray()),
            jsonMembers,
            jsonTypes);
        var result = problems.ToImmutableArray();
        return new ShapeParseResult(result.Any(p => p.IsError) ? null : shapeDeclaration, result);
    }

    /// <summary>
    /// The shape's members as its generated JSON metadata reads and writes them, or null members when a required one
    /// cannot be described. Members that bind to nothing or do not fit are left alone: they are errors already.
    /// </summary>
    private static (EquatableArray<JsonMemberModel>? Members, EquatableArray<JsonTypeModel> Types) ReadJson(
        INamedTypeSymbol shape, List<ShapeMemberDeclaration> members, Location location, Compilation compilation, List<EntityProblem> problems, CancellationToken cancellationToken)
    {
        JsonTypeChecks.Check(shape, problems);
        var broken = new HashSet<string>(members.Where(m => m.Binding == ShapeBinding.None || m.Incompatibility is not null).Select(m => m.DisplayName));

        // The Read DTOs and shapes the members nest: generated, so not yet types the metadata could otherwise name.
        var nested = members.Where(m => m.NestedType is not null).GroupBy(m => m.NestedType!.Substring(m.NestedType.LastIndexOf('.') + 1)).ToDictionary(g => g.Key, g => g.First().NestedType!);
        var names = new JsonTypeNames(nested);
        var jsonMembers = new List<JsonMemberModel>();
        var jsonTypes = new List<JsonTypeModel>();
        var hasContract = !shape.GetMembers().OfType<IFieldSymbol>().Any(f => f.IsRequired);
        foreach (var member in shape.GetMembers().OfType<IPropertySymbol>().Where(m => JsonMemberReader.IsSerialized(m) && !broken.Contains(m.Name)))
        {
            var json = JsonMemberReader.Read(member, names, compilation, cancellationToken);
            if (json.Problem(member) is { } reason)
            {
                problems.Add(new EntityProblem(DiagnosticDescriptors.JsonMetadataDiffers, member.Locations.FirstOrDefault() ?? location, null, new object?[] { shape.Name + "." + member.Name, reason }));
            }

            if (json.Member is { } jsonMember)
            {
                jsonMembers.Add(jsonMember);
                jsonTypes.AddRange(json.Types);
            }
            else if (member.IsRequired)
            {
                hasContract = false;
            }
        }

        return (hasContract ? new EquatableArray<JsonMemberModel>(jsonMembers.ToArray()) : null, new EquatableArray<JsonTypeModel>(jsonTypes.Distinct().ToArray()));
    }

    /// <summary>The entity a shape type names, or null.</summary>
    public static INamedTypeSymbol? EntityOf(INamedTypeSymbol type) =>
        type.GetAttributes().FirstOrDefault(a => a.Is(KnownNames.ReadShapeAttribute))?.ConstructorArguments.FirstOrDefault().Value as INamedTypeSymbol;

    private static string? UnsupportedReason(INamedTypeSymbol shape, INamedTypeSymbol entity)
    {
        if (!shape.IsRecord || shape.TypeKind != TypeKind.Class)
        {
            return "it is not a record class";
        }

        if (shape.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(m => m.ValueText == "partial")))
        {
            return "it is not partial, so the generator cannot add its Projection";
        }

        if (shape.ContainingType is not null)
        {
            return "it is nested in another type";
        }

        if (shape.Arity > 0 || shape.IsAbstract || shape.IsStatic)
        {
            return shape.Arity > 0 ? "it is generic" : "it is abstract";
        }

        if (shape.IsFileLocal)
        {
            return "it is file-local";
        }

        if (shape.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is RecordDeclarationSyntax { ParameterList: not null }))
        {
            return "it is a positional record; declare its members as init properties, which the projection sets by name";
        }

        if (!shape.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal))
        {
            return "it has no parameterless constructor, which the projection needs";
        }

        // The analyzer sees the generated members too; they carry [GeneratedCode("EntityDtoGen", …)].
        if (new[] { "Projection", Emitting.ProjectionWriter.BuildMethod }.FirstOrDefault(name => shape.GetMembers(name).Any(m => !m.IsGeneratedByEntityDtoGen())) is { } taken)
        {
            return "it declares a member named '" + taken + "', which the generated code adds";
        }

        if (entity.TypeKind != TypeKind.Class || entity.Arity > 0 || entity.IsStatic)
        {
            return "its entity '" + entity.Name + "' is not a non-generic class";
        }

        return null;
    }

    private static void CheckMappingsCollision(INamedTypeSymbol shape, Location location, List<EntityProblem> problems)
    {
        var name = shape.Name + "Mappings";
        foreach (var existing in shape.ContainingNamespace.GetTypeMembers(name, 0))
        {
            var compatible = existing.IsStatic && existing.DeclaringSyntaxReferences.Length > 0
                && existing.DeclaringSyntaxReferences.All(r => r.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(m => m.ValueText == "partial"));
            if (!compatible)
            {
                problems.Add(new EntityProblem(DiagnosticDescriptors.GeneratedNameCollision, location, EntityParser.FirstSourceLocation(existing), new object?[] { shape.Name, name, "static partial class" }));
            }
        }
    }

    /// <summary>A path of shapes that nest each other back to this one, which no projection can expand.</summary>
    private static string? FindCycle(INamedTypeSymbol shape)
    {
        var path = new List<INamedTypeSymbol> { shape };
        return Walk(shape, path);

        string? Walk(INamedTypeSymbol current, List<INamedTypeSymbol> visiting)
        {
            foreach (var member in current.GetMembers().OfType<IPropertySymbol>())
            {
                if (member.IsStatic || NestedElement(member.Type, out _) is not INamedTypeSymbol nested || EntityOf(nested) is null)
                {
                    continue;
                }

                if (SymbolEqualityComparer.Default.Equals(nested, shape))
                {
                    return string.Join(" -> ", visiting.Select(v => v.Name)) + " -> " + shape.Name;
                }

                if (visiting.Contains(nested, SymbolEqualityComparer.Default) || visiting.Count > 8)
                {
                    continue;
                }

                visiting.Add(nested);
                if (Walk(nested, visiting) is { } found)
                {
                    return found;
                }

                visiting.RemoveAt(visiting.Count - 1);
            }

            return null;
        }
    }

    private static ShapeMemberDeclaration Bind(IPropertySymbol member, INamedTypeSymbol entity, Compilation compilation, NavigationCache navigations, CancellationToken cancellationToken)
    {
        // Before generation a generated DTO is an error type, and 'UserRead?' binds as Nullable<UserRead>: it is a class.
        var type = member.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && nullable.TypeArguments[0] is IErrorTypeSymbol error
            ? error.WithNullableAnnotation(NullableAnnotation.Annotated)
            : member.Type;
        var typeName = CSharpLiterals.TypeName(type);
        var acceptsNull = AcceptsNull(type);
        var none = new ShapeMemberDeclaration(CSharpLiterals.Identifier(member.Name), member.Name, typeName, ShapeBinding.None, EquatableArray<ShapeStep>.Empty, null, null, null, false, acceptsNull, type.IsValueType);
        if (member.SetMethod is null)
        {
            return none with { Binding = ShapeBinding.Value, Incompatibility = "it has no setter, so the projection cannot set it" };
        }

        if (FindPath(entity, member.Name, counted: false, 0) is not { } found)
        {
            return none;
        }

        var path = new EquatableArray<ShapeStep>(found.Steps.Select(step => new ShapeStep(
            step.Declaring.Name,
            new EquatableArray<string>(EntityParser.ChainKeys(step.Declaring, navigations)),
            MemberReader.Read(step.Property, EntityShape.Properties(step.Declaring).Select(p => p.Name).ToList(), compilation, navigations, cancellationToken))).ToArray());
        var last = found.Steps[found.Steps.Count - 1].Property;
        var throughNullable = found.Steps.Take(found.Steps.Count - 1).Any(s => MayBeNull(s.Property.Type));
        var bound = none with { Path = path };
        if (found.Counted)
        {
            var counted = UnwrapNullable(type).SpecialType;
            return counted is SpecialType.System_Int32 or SpecialType.System_Int64
                ? bound with { Binding = ShapeBinding.Count, Incompatibility = throughNullable && !acceptsNull ? NullIncompatibility(type, found) : null }
                : bound with { Binding = ShapeBinding.Count, Incompatibility = "a count is an int or a long" };
        }

        var lastShape = TypeClassifier.Classify(last.Type, out var target);
        if (lastShape is MemberShape.Reference or MemberShape.Collection && target is not null && !IsSameValue(last.Type, type, compilation))
        {
            return BindNested(bound, type, lastShape.Value, target, last, throughNullable, acceptsNull, found, navigations);
        }

        if (!compilation.HasImplicitConversion(last.Type, type) && !IsSameValue(last.Type, type, compilation))
        {
            return bound with { Binding = ShapeBinding.Value, Incompatibility = "'" + last.ContainingType.Name + "." + last.Name + "' is " + Display(last.Type) + ", which does not convert to " + Display(type) };
        }

        return bound with
        {
            Binding = ShapeBinding.Value,
            Incompatibility = (throughNullable || MayBeNull(last.Type)) && !acceptsNull ? NullIncompatibility(type, found) : null,
        };
    }

    private static ShapeMemberDeclaration BindNested(ShapeMemberDeclaration bound, ITypeSymbol type, MemberShape shape, INamedTypeSymbol target, IPropertySymbol last, bool throughNullable, bool acceptsNull, PathFound found, NavigationCache navigations)
    {
        var isCollection = shape == MemberShape.Collection;
        var element = NestedElement(type, out var asArray);
        var binding = isCollection ? ShapeBinding.NestedCollection : ShapeBinding.NestedReference;
        if (element is null || isCollection == SymbolEqualityComparer.Default.Equals(element, UnwrapNullable(type)))
        {
            var expected = isCollection ? "a list or array of " + target.Name + "Read or of a shape of " + target.Name : target.Name + "Read or a shape of " + target.Name;
            return bound with { Binding = binding, Incompatibility = "'" + last.ContainingType.Name + "." + last.Name + "' is a " + (isCollection ? "collection" : "reference") + " navigation: declare the member as " + expected };
        }

        var prefix = navigations.GeneratedPrefix(target);
        string nestedType, nestedMapping;
        if (element is INamedTypeSymbol namedElement && EntityOf(namedElement) is { } shapeEntity)
        {
            if (!SymbolEqualityComparer.Default.Equals(shapeEntity, target))
            {
                return bound with { Binding = binding, Incompatibility = "'" + element.Name + "' is a shape of '" + shapeEntity.Name + "', not of '" + target.Name + "'" };
            }

            nestedType = CSharpLiterals.TypeName(element.WithNullableAnnotation(NullableAnnotation.NotAnnotated));
            nestedMapping = MemberReader.GeneratedPrefix(namedElement) + "Mappings.To" + element.Name;
        }
        else if (element.Name == target.Name + "Read")
        {
            if (!navigations.HasReadDtos(target))
            {
                return bound with { Binding = binding, Incompatibility = "'" + target.Name + "Read' is not generated: '" + target.Name + "' has no [GenerateDtos] with DtoKinds.Read" };
            }

            // Before generation the Read DTO is an error type; a type that resolves is another one of the same name unless it is the DTO's partial part.
            if (element.TypeKind != TypeKind.Error && CSharpLiterals.TypeName(element.WithNullableAnnotation(NullableAnnotation.NotAnnotated)) != prefix + "Read")
            {
                return bound with { Binding = binding, Incompatibility = "'" + element.ToDisplayString() + "' is not the generated '" + prefix.Substring("global::".Length) + "Read'" };
            }

            nestedType = prefix + "Read";
            nestedMapping = prefix + "DtoMappings.ToRead";
        }
        else
        {
            return bound with { Binding = binding, Incompatibility = "'" + element.Name + "' is neither " + target.Name + "Read nor a shape of " + target.Name };
        }

        return bound with
        {
            Binding = binding,
            NestedType = nestedType,
            NestedMapping = nestedMapping,
            AsArray = asArray,
            // A missing collection reads as empty, but one behind a missing reference has no value to read at all.
            Incompatibility = (throughNullable || (!isCollection && MayBeNull(last.Type))) && !acceptsNull ? NullIncompatibility(type, found) : null,
        };
    }

    /// <summary>The element a nested member carries: the type itself, or the element of a list or array.</summary>
    private static ITypeSymbol? NestedElement(ITypeSymbol type, out bool asArray)
    {
        asArray = false;
        switch (type)
        {
            case IArrayTypeSymbol array:
                asArray = true;
                return array.ElementType;
            case INamedTypeSymbol { Arity: 1 } generic when KnownNames.ShapeListTypes.Any(name => generic.OriginalDefinition.HasMetadataName(name)):
                return generic.TypeArguments[0];
            case INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Error } named:
                return named;
            default:
                return null;
        }
    }

    private readonly record struct PathStep(INamedTypeSymbol Declaring, IPropertySymbol Property);

    private sealed record PathFound(List<PathStep> Steps, bool Counted);

    /// <summary>
    /// The member itself, else <c>{Collection}Count</c>, else the longest reference (or owned value) whose name starts the
    /// remaining name followed by a path on its target (AutoMapper's flattening, made explicit).
    /// </summary>
    private static PathFound? FindPath(INamedTypeSymbol type, string name, bool counted, int depth)
    {
        var properties = EntityShape.Properties(type).Where(p => p.GetMethod?.DeclaredAccessibility == Accessibility.Public).ToList();
        if (properties.FirstOrDefault(p => p.Name == name) is { } direct)
        {
            return new PathFound([new PathStep(type, direct)], counted);
        }

        if (name.Length > "Count".Length && name.EndsWith("Count", StringComparison.Ordinal)
            && properties.FirstOrDefault(p => p.Name == name.Substring(0, name.Length - "Count".Length)) is { } collection
            && TypeClassifier.Classify(collection.Type, out _) == MemberShape.Collection)
        {
            return new PathFound([new PathStep(type, collection)], true);
        }

        if (depth + 1 >= MaxPathLength)
        {
            return null;
        }

        foreach (var reference in properties.Where(p => name.Length > p.Name.Length && name.StartsWith(p.Name, StringComparison.Ordinal)).OrderByDescending(p => p.Name.Length))
        {
            // Through a reference navigation, or through an owned or complex value (Address.City).
            var shape = TypeClassifier.Classify(reference.Type, out var target);
            target ??= shape == MemberShape.ValueObject ? UnwrapNullable(reference.Type) as INamedTypeSymbol : null;
            if (shape is MemberShape.Reference or MemberShape.ValueObject && target is not null
                && FindPath(target, name.Substring(reference.Name.Length), counted, depth + 1) is { } rest)
            {
                rest.Steps.Insert(0, new PathStep(type, reference));
                return rest;
            }
        }

        return null;
    }

    private static string NullIncompatibility(ITypeSymbol type, PathFound found) =>
        "'" + string.Join(".", found.Steps.Select(s => s.Property.Name)) + "' may be null, and " + Display(type) + " cannot hold null: declare it " + Display(type) + "?";

    private static bool IsSameValue(ITypeSymbol entityType, ITypeSymbol shapeType, Compilation compilation) =>
        SymbolEqualityComparer.Default.Equals(UnwrapNullable(entityType).WithNullableAnnotation(NullableAnnotation.None), UnwrapNullable(shapeType).WithNullableAnnotation(NullableAnnotation.None));

    private static bool MayBeNull(ITypeSymbol type) =>
        type.IsReferenceType ? type.NullableAnnotation != NullableAnnotation.NotAnnotated : type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

    private static bool AcceptsNull(ITypeSymbol type) =>
        type.IsReferenceType || type.TypeKind == TypeKind.Error ? type.NullableAnnotation != NullableAnnotation.NotAnnotated : type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

    private static ITypeSymbol UnwrapNullable(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier));
}
