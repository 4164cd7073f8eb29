using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EntityDtoGen.Diagnostics;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>The result of parsing one entity: its declaration when it can be served, and the problems found.</summary>
internal readonly record struct ParseResult(EntityDeclaration? Declaration, ImmutableArray<EntityProblem> Problems);

/// <summary>
/// Reads a <c>[GenerateDtos]</c> type once into an <see cref="EntityDeclaration"/>: only what the entity itself declares
/// (this runs for every entity whenever a declaration changes, see <see cref="DeclarationGate"/>). The generator keeps the declaration; the analyzer reports the
/// problems. Both go through this one parser, so what is reported is exactly what stops generation.
/// </summary>
internal static class EntityParser
{
    public static ParseResult Parse(INamedTypeSymbol entity, AttributeData generateDtos, Compilation compilation, CancellationToken cancellationToken)
    {
        var problems = new List<EntityProblem>();
        var kinds = ReadKinds(generateDtos);
        var entityLocation = FirstSourceLocation(entity) ?? Location.None;

        if (UnsupportedReason(entity) is { } reason)
        {
            problems.Add(new EntityProblem(DiagnosticDescriptors.UnsupportedEntityType, entityLocation, null, new object?[] { entity.Name, reason }));
            return new ParseResult(null, problems.ToImmutableArray());
        }

        CheckCollisions(entity, kinds, compilation, entityLocation, problems);
        CheckDuplicateEntityNames(entity, compilation, entityLocation, problems, cancellationToken);

        var navigations = new NavigationCache(compilation, cancellationToken);
        if ((kinds & GeneratedKinds.Read) != 0)
        {
            IncludeGraph.Check(entity, entityLocation, navigations, problems);
        }

        var declaration = Declare(entity, kinds, compilation, navigations, cancellationToken, problems: problems);
        var result = problems.ToImmutableArray();
        return new ParseResult(result.Any(p => p.IsError) ? null : declaration, result);
    }

    /// <summary>
    /// Reads an entity of a referenced assembly that <c>[assembly: GenerateDtosFor]</c> names: from metadata, generated into
    /// the attribute's namespace. Problems are reported at the attribute.
    /// </summary>
    public static ParseResult ParseFor(ForeignEntity foreign, Compilation compilation, CancellationToken cancellationToken)
    {
        var problems = new List<EntityProblem>();
        var entity = foreign.Entity;
        var kinds = ReadKinds(foreign.Attribute);
        var location = foreign.Attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? Location.None;
        if (UnsupportedReason(entity) is { } reason)
        {
            problems.Add(new EntityProblem(DiagnosticDescriptors.UnsupportedEntityType, location, null, new object?[] { entity.Name, reason }));
            return new ParseResult(null, problems.ToImmutableArray());
        }

        if (entity.DeclaredAccessibility != Accessibility.Public || entity.DeclaringSyntaxReferences.Length > 0)
        {
            var why = entity.DeclaringSyntaxReferences.Length > 0
                ? "it is declared in this project; put [GenerateDtos] on it instead"
                : "it is not public, so generated code in this project cannot use it";
            problems.Add(new EntityProblem(DiagnosticDescriptors.UnsupportedEntityType, location, null, new object?[] { entity.Name, why }));
            return new ParseResult(null, problems.ToImmutableArray());
        }

        if (FirstNaming(entity, compilation) is { } first && !SameApplication(first.Attribute, foreign.Attribute))
        {
            var where = first.Attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).ToString() ?? "GenerateDtosFor";
            problems.Add(new EntityProblem(DiagnosticDescriptors.UnsupportedEntityType, location, null, new object?[] { entity.Name, "it is already named by " + where + "; name each entity once" }));
            return new ParseResult(null, problems.ToImmutableArray());
        }

        var navigations = new NavigationCache(compilation, cancellationToken);
        var generatedIn = FindNamespace(compilation.GlobalNamespace, foreign.Namespace);
        CheckForeignDuplicates(foreign, compilation, location, problems);
        if (generatedIn is not null)
        {
            CheckCollisions(entity, generatedIn, kinds, location, problems);
        }

        if ((kinds & GeneratedKinds.Read) != 0)
        {
            IncludeGraph.Check(entity, location, navigations, problems);
        }

        var declaration = Declare(entity, kinds, compilation, navigations, cancellationToken, foreign.Namespace, generatedIn, problems);
        var result = problems.ToImmutableArray();
        return new ParseResult(result.Any(p => p.IsError) ? null : declaration, result);
    }

    /// <summary>The first <c>GenerateDtosFor</c> that names the entity: only it generates, so the entity's DTOs have one home.</summary>
    private static ForeignEntity? FirstNaming(INamedTypeSymbol entity, Compilation compilation) =>
        GenerationMap.ForeignEntities(compilation).Cast<ForeignEntity?>().FirstOrDefault(other => SymbolEqualityComparer.Default.Equals(other!.Value.Entity, entity));

    private static bool SameApplication(AttributeData left, AttributeData right) =>
        ReferenceEquals(left, right)
        || (left.ApplicationSyntaxReference is { } a && right.ApplicationSyntaxReference is { } b && a.SyntaxTree == b.SyntaxTree && a.Span == b.Span);

    /// <summary>Two <c>GenerateDtosFor</c> (or one and a <c>[GenerateDtos]</c> class) that would generate the same type names.</summary>
    private static void CheckForeignDuplicates(ForeignEntity foreign, Compilation compilation, Location location, List<EntityProblem> problems)
    {
        var same = GenerationMap.ForeignEntities(compilation)
            .Where(other => other.Entity.Name == foreign.Entity.Name && other.Namespace == foreign.Namespace && !SymbolEqualityComparer.Default.Equals(other.Entity, foreign.Entity))
            .Select(other => other.Entity.ToDisplayString())
            .Concat(compilation.GetSymbolsWithName(foreign.Entity.Name, SymbolFilter.Type)
                .OfType<INamedTypeSymbol>()
                .Where(t => t.GetAttributes().Any(a => a.Is(KnownNames.GenerateDtosAttribute)) && (t.ContainingNamespace.IsGlobalNamespace ? string.Empty : t.ContainingNamespace.ToDisplayString()) == foreign.Namespace)
                .Select(t => t.ToDisplayString()))
            .FirstOrDefault();
        if (same is not null)
        {
            problems.Add(new EntityProblem(
                DiagnosticDescriptors.DuplicateGeneratedNames,
                location,
                null,
                new object?[] { foreign.Entity.ToDisplayString(), same, foreign.Entity.Name, foreign.Namespace.Length == 0 ? "<global namespace>" : foreign.Namespace }));
        }
    }

    private static INamespaceSymbol? FindNamespace(INamespaceSymbol root, string @namespace)
    {
        var current = root;
        foreach (var part in @namespace.Split(new[] { '.' }, StringSplitOptions.RemoveEmptyEntries))
        {
            current = current.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>Reads what the entity declares, without the checks that only a <c>[GenerateDtos]</c> entity needs.</summary>
    /// <param name="entity">The entity class.</param>
    /// <param name="kinds">The kinds asked for.</param>
    /// <param name="compilation">The compilation.</param>
    /// <param name="navigations">What is read about classes while parsing this entity.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="generatedNamespace">Where the generated types go, when not the entity's namespace (<c>GenerateDtosFor</c>).</param>
    /// <param name="userPartsIn">Where the user's partial DTO parts and mappings live, when not the entity's namespace; null when no type is there.</param>
    /// <param name="problems">Where warnings about the user's DTO parts go; null when the caller reports nothing.</param>
    public static EntityDeclaration Declare(
        INamedTypeSymbol entity,
        GeneratedKinds kinds,
        Compilation compilation,
        NavigationCache navigations,
        CancellationToken cancellationToken,
        string? generatedNamespace = null,
        INamespaceSymbol? userPartsIn = null,
        List<EntityProblem>? problems = null)
    {
        var @namespace = generatedNamespace
            ?? (entity.ContainingNamespace.IsGlobalNamespace ? string.Empty : entity.ContainingNamespace.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)));
        var parts = generatedNamespace is null ? entity.ContainingNamespace : userPartsIn;
        var properties = EntityShape.Properties(entity);
        var members = MemberReader.Read(entity, properties, compilation, navigations, cancellationToken);
        var includePaths = IncludePathReader.Read(entity, navigations);
        var chainKeys = ChainKeys(entity, navigations);
        var factKeys = chainKeys
            .Concat(members.Select(m => m.TargetTypeKey).Where(k => k is not null).Select(k => k!))
            .Concat(includePaths.SelectMany(p => p.Steps).SelectMany(s => new[] { s.DeclaringTypeKey, s.TargetTypeKey }))
            .Distinct()
            .ToArray();

        return new EntityDeclaration(
            @namespace,
            entity.Name,
            CSharpLiterals.TypeName(entity),
            generatedNamespace is null ? HintNamePrefix(entity) : (@namespace.Length == 0 ? string.Empty : @namespace + ".") + entity.MetadataName,
            EffectiveAccessibility(entity) == Accessibility.Public ? "public" : "internal",
            kinds,
            new EquatableArray<string>(chainKeys),
            new EquatableArray<string>(factKeys),
            new EquatableArray<MemberDeclaration>(members),
            MemberReader.Fields(entity),
            PrimaryKey(entity),
            UniqueIndexes(entity),
            (kinds & GeneratedKinds.Create) != 0 ? ConstructorReader.Read(entity, properties, compilation, cancellationToken) : EquatableArray<ConstructorDeclaration>.Empty,
            parts is null ? EquatableArray<string>.Empty : MemberReader.SupplierMethods(entity, parts),
            parts is null ? EquatableArray<UserMemberModel>.Empty : UserDtoPartReader.Read(entity, parts, kinds, compilation, problems, cancellationToken),
            parts is null ? GeneratedKinds.None : UserDtoPartReader.KindsWithParts(entity, parts, kinds),
            includePaths);
    }

    /// <summary>The entity, its base classes and its interfaces: configuration written for any of them applies to it.</summary>
    public static string[] ChainKeys(INamedTypeSymbol entity, NavigationCache navigations)
    {
        var keys = new List<string>();
        for (var type = entity; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            keys.Add(navigations.KeyOf(type));
        }

        keys.AddRange(entity.AllInterfaces.Select(navigations.KeyOf));
        return keys.ToArray();
    }

    /// <summary>The names in <c>[PrimaryKey]</c> on the entity or its nearest base class that has one.</summary>
    private static EquatableArray<string> PrimaryKey(INamedTypeSymbol entity)
    {
        for (var type = entity; type is not null; type = type.BaseType)
        {
            var attribute = type.GetAttributes().FirstOrDefault(a => a.Is(KnownNames.EfPrimaryKeyAttribute));
            if (attribute is { ConstructorArguments.Length: > 0 })
            {
                return new EquatableArray<string>(attribute.ConstructorArguments
                    .SelectMany(a => a.Kind == TypedConstantKind.Array ? a.Values.Select(v => v.Value as string) : new[] { a.Value as string })
                    .Where(n => n is not null)
                    .Select(n => n!)
                    .ToArray());
            }
        }

        return EquatableArray<string>.Empty;
    }

    /// <summary>The <c>[Index(…, IsUnique = true)]</c> attributes of the entity and its base classes.</summary>
    private static EquatableArray<string> UniqueIndexes(INamedTypeSymbol entity)
    {
        var indexes = new List<string>();
        for (var type = entity; type is not null; type = type.BaseType)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (attribute.Is(KnownNames.EfIndexAttribute)
                    && attribute.NamedArguments.Any(a => a.Key == "IsUnique" && a.Value.Value is true))
                {
                    var names = attribute.ConstructorArguments
                        .SelectMany(a => a.Kind == TypedConstantKind.Array ? a.Values.Select(v => v.Value as string) : new[] { a.Value as string })
                        .Where(n => n is not null)
                        .ToArray();
                    if (names.Length > 0)
                    {
                        indexes.Add(string.Join(",", names));
                    }
                }
            }
        }

        return new EquatableArray<string>(indexes.ToArray());
    }

    public static GeneratedKinds ReadKinds(AttributeData attribute)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "Kinds" && argument.Value.Value is int value)
            {
                return (GeneratedKinds)value & GeneratedKinds.All;
            }
        }

        return GeneratedKinds.All;
    }

    public static string? UnsupportedReason(INamedTypeSymbol entity)
    {
        if (entity.TypeKind == TypeKind.Struct)
        {
            return "it is a struct";
        }

        if (entity.TypeKind == TypeKind.Interface)
        {
            return "it is an interface";
        }

        if (entity.TypeKind != TypeKind.Class)
        {
            return "it is not a class";
        }

        if (entity.IsStatic)
        {
            return "it is static";
        }

        if (entity.IsAbstract)
        {
            return "it is abstract";
        }

        if (entity.Arity > 0)
        {
            return "it is generic";
        }

        for (var container = entity.ContainingType; container is not null; container = container.ContainingType)
        {
            if (container.Arity > 0)
            {
                return "it is nested in a generic type";
            }
        }

        if (EffectiveAccessibility(entity) is not (Accessibility.Public or Accessibility.Internal))
        {
            return "it is not visible outside its containing type (private or protected)";
        }

        if (entity.IsFileLocal)
        {
            return "it is file-local";
        }

        // global::System.X would bind to the type instead of the namespace, in generated and user code alike.
        if (entity.ContainingType is null && entity.ContainingNamespace.IsGlobalNamespace && entity.Name is "System" or "Microsoft" or "EntityDtoGen")
        {
            return "a class named " + entity.Name + " in the global namespace hides the " + entity.Name + " namespace that generated code refers to (move it into a namespace)";
        }

        return null;
    }

    public static Accessibility EffectiveAccessibility(INamedTypeSymbol entity)
    {
        var result = Accessibility.Public;
        for (INamedTypeSymbol? type = entity; type is not null; type = type.ContainingType)
        {
            switch (type.DeclaredAccessibility)
            {
                case Accessibility.Public:
                    break;
                case Accessibility.Internal or Accessibility.ProtectedOrInternal:
                    result = Accessibility.Internal;
                    break;
                default:
                    return type.DeclaredAccessibility;
            }
        }

        return result;
    }

    private static void CheckCollisions(INamedTypeSymbol entity, GeneratedKinds kinds, Compilation compilation, Location entityLocation, List<EntityProblem> problems)
    {
        if (FindNamespace(compilation.GlobalNamespace, entity.ContainingNamespace) is { } @namespace)
        {
            CheckCollisions(entity, @namespace, kinds, entityLocation, problems);
        }
    }

    private static void CheckCollisions(INamedTypeSymbol entity, INamespaceSymbol @namespace, GeneratedKinds kinds, Location entityLocation, List<EntityProblem> problems)
    {
        if (kinds == GeneratedKinds.None)
        {
            return;
        }

        foreach (var (suffix, kind) in DtoKind.All.Select(k => (k.Suffix, k.Kind)).Append(("DtoMappings", GeneratedKinds.None)))
        {
            if (kind != GeneratedKinds.None && (kinds & kind) == 0)
            {
                continue;
            }

            var name = entity.Name + suffix;
            var isMappings = kind == GeneratedKinds.None;
            foreach (var existing in @namespace.GetTypeMembers(name, 0))
            {
                if (!IsCompatiblePartial(existing, isMappings))
                {
                    problems.Add(new EntityProblem(
                        DiagnosticDescriptors.GeneratedNameCollision,
                        entityLocation,
                        FirstSourceLocation(existing),
                        new object?[] { entity.Name, name, isMappings ? "static partial class" : "partial record class" }));
                }
            }
        }
    }

    /// <summary>
    /// Generated types go into the entity's namespace under its simple name, so two [GenerateDtos] classes of one
    /// name there (one of them nested, or both in different containing classes) would generate the same types. The
    /// compilation's name index finds them without walking the namespace, which per entity would be quadratic.
    /// </summary>
    private static void CheckDuplicateEntityNames(INamedTypeSymbol entity, Compilation compilation, Location entityLocation, List<EntityProblem> problems, CancellationToken cancellationToken)
    {
        foreach (var symbol in compilation.GetSymbolsWithName(entity.Name, SymbolFilter.Type, cancellationToken))
        {
            if (symbol is INamedTypeSymbol other
                && !SymbolEqualityComparer.Default.Equals(other, entity)
                && SymbolEqualityComparer.Default.Equals(other.ContainingNamespace, entity.ContainingNamespace)
                && other.GetAttributes().Any(a => a.Is(KnownNames.GenerateDtosAttribute)))
            {
                problems.Add(new EntityProblem(
                    DiagnosticDescriptors.DuplicateGeneratedNames,
                    entityLocation,
                    FirstSourceLocation(other),
                    new object?[] { entity.ToDisplayString(), other.ToDisplayString(), entity.Name, entity.ContainingNamespace.IsGlobalNamespace ? "<global namespace>" : entity.ContainingNamespace.ToDisplayString() }));
                return;
            }
        }
    }

    /// <summary>Users add members to generated types with their own partial declarations; anything else collides.</summary>
    private static bool IsCompatiblePartial(INamedTypeSymbol existing, bool isMappings)
    {
        if (existing.DeclaringSyntaxReferences.Length == 0 || existing.TypeKind != TypeKind.Class)
        {
            return false;
        }

        if (isMappings ? !existing.IsStatic : !existing.IsRecord)
        {
            return false;
        }

        return existing.DeclaringSyntaxReferences.All(r =>
            r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax declaration
            && declaration.Modifiers.Any(m => m.ValueText == "partial"));
    }

    private static INamespaceSymbol? FindNamespace(INamespaceSymbol root, INamespaceSymbol target)
    {
        if (target.IsGlobalNamespace)
        {
            return root;
        }

        var parent = FindNamespace(root, target.ContainingNamespace);
        return parent?.GetNamespaceMembers().FirstOrDefault(n => n.Name == target.Name);
    }

    /// <summary>Unescaped names ('@' is not allowed in a hint name); '+' keeps a nested Outer+Inner apart from a namespace Outer.</summary>
    public static string HintNamePrefix(INamedTypeSymbol entity)
    {
        var typeNames = new Stack<string>();
        for (INamedTypeSymbol? type = entity; type is not null; type = type.ContainingType)
        {
            typeNames.Push(type.MetadataName);
        }

        var namespaceNames = new Stack<string>();
        for (var @namespace = entity.ContainingNamespace; !@namespace.IsGlobalNamespace; @namespace = @namespace.ContainingNamespace)
        {
            namespaceNames.Push(@namespace.Name);
        }

        var typePart = string.Join("+", typeNames);
        return namespaceNames.Count == 0 ? typePart : string.Join(".", namespaceNames) + "." + typePart;
    }

    public static Location? FirstSourceLocation(ISymbol symbol) => symbol.Locations.FirstOrDefault(l => l.IsInSource);
}
