using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EntityDtoGen.Diagnostics;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EntityDtoGen.Parsing;

/// <summary>The entity's members as the DTOs see them.</summary>
internal readonly record struct EntityMembers(
    EquatableArray<PropertyModel> Properties,
    EquatableArray<NavigationModel> Navigations,
    EquatableArray<SupplierModel> Suppliers);

/// <summary>Applies SPEC "Which property goes where" to every property of an entity, inherited ones included.</summary>
internal static class PropertyReader
{
    public static EntityMembers Read(
        INamedTypeSymbol entity,
        GeneratedKinds kinds,
        Compilation compilation,
        CancellationToken cancellationToken,
        Location entityLocation,
        List<EntityProblem> problems)
    {
        var all = EntityShape.Properties(entity);
        var allMarkers = all.Select(Markers.Read).ToArray();
        var keys = KeyConvention.For(entity, all, allMarkers);
        var hasCreate = (kinds & GeneratedKinds.Create) != 0;
        var userMethods = UserMappingMethods(entity);

        var properties = new List<PropertyModel>();
        var navigations = new List<NavigationModel>();
        var suppliers = new List<SupplierModel>();
        var inCreate = new HashSet<string>();

        for (var i = 0; i < all.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var property = all[i];
            var markers = allMarkers[i];
            var location = EntityParser.FirstSourceLocation(property) ?? entityLocation;
            var kind = TypeClassifier.Classify(property.Type, out var target);
            if (ExclusionReason(property, markers, kind, cancellationToken) is { } excluded)
            {
                MarkerChecks.ReportIgnoredProperty(entity, property, markers, excluded, location, problems);
                continue;
            }

            MarkerChecks.ReportMisplaced(entity, property, markers, kind, kinds, location, problems);

            var isKey = keys.IsKey(property, markers);
            // A [Timestamp] row version is set by the database on every insert and update.
            var serverGenerated = markers.ServerGenerated
                || markers.Timestamp
                || keys.IsGeneratedKey(property, markers)
                || markers.DatabaseGenerated is DatabaseGeneratedOption.Identity or DatabaseGeneratedOption.Computed;
            ReportContradictions(entity, property, markers, isKey, serverGenerated, kind, location, problems);

            if (kind is PropertyTypeKind.ReferenceNavigation or PropertyTypeKind.CollectionNavigation)
            {
                var targetSymbol = (INamedTypeSymbol)target!;
                navigations.Add(new NavigationModel(
                    CSharpLiterals.Identifier(property.Name),
                    property.Name,
                    CSharpLiterals.TypeName(property.Type),
                    CSharpLiterals.TypeName(targetSymbol),
                    GeneratedPrefix(targetSymbol),
                    kind == PropertyTypeKind.CollectionNavigation,
                    property.Type.NullableAnnotation != NullableAnnotation.NotAnnotated,
                    markers.IncludeInRead && !markers.Secret && (kinds & GeneratedKinds.Read) != 0));
                continue;
            }

            if (markers.Secret)
            {
                continue;
            }

            var model = ReadProperty(property, kinds, serverGenerated, markers.CreateOnly || keys.IsCompositeKeyPart(property), compilation, cancellationToken);
            if (model.InCreate)
            {
                inCreate.Add(property.Name);
            }

            if (model.InCreate || model.InRead || model.InUpdate)
            {
                properties.Add(model);
            }
        }

        if (hasCreate)
        {
            AddSuppliers(entity, all, inCreate, userMethods, suppliers, entityLocation, problems);
        }

        return new EntityMembers(
            new EquatableArray<PropertyModel>(properties.ToArray()),
            new EquatableArray<NavigationModel>(navigations.ToArray()),
            new EquatableArray<SupplierModel>(suppliers.ToArray()));
    }

    /// <summary>Why no DTO carries the property, or null when it is carried according to its type's <paramref name="kind"/>.</summary>
    private static string? ExclusionReason(IPropertySymbol property, Markers markers, PropertyTypeKind kind, CancellationToken cancellationToken)
    {
        if (markers.NotMapped)
        {
            return "the property is [NotMapped]";
        }

        if (property.GetMethod?.DeclaredAccessibility != Accessibility.Public)
        {
            return "the property has no public getter";
        }

        if (EntityShape.IsComputed(property, cancellationToken))
        {
            return "the property is computed";
        }

        if (IsObsoleteAsError(property))
        {
            // Generated code that reads it would not compile.
            return "the property is [Obsolete] as an error";
        }

        return kind == PropertyTypeKind.Unsupported ? "no DTO can carry the property's type" : null;
    }

    private static bool IsObsoleteAsError(IPropertySymbol property) =>
        property.GetAttributes().Any(a =>
            a.Is("System.ObsoleteAttribute")
            && a.ConstructorArguments.Length == 2
            && a.ConstructorArguments[1].Value is true);

    private static PropertyModel ReadProperty(IPropertySymbol property, GeneratedKinds kinds, bool serverGenerated, bool createOnly, Compilation compilation, CancellationToken cancellationToken)
    {
        var type = property.Type;
        var isNullableValue = type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
        var isReference = type.IsReferenceType;
        var isNonNullable = isReference ? type.NullableAnnotation == NullableAnnotation.NotAnnotated : !isNullableValue;

        // An oblivious type (#nullable disable) says nothing about null; in the #nullable enable DTO it becomes nullable.
        var emittedType = isReference && type.NullableAnnotation == NullableAnnotation.None
            ? type.WithNullableAnnotation(NullableAnnotation.Annotated)
            : type;

        var setter = property.SetMethod;
        var settable = setter is { DeclaredAccessibility: Accessibility.Public };
        var inCreate = (kinds & GeneratedKinds.Create) != 0 && settable && !serverGenerated;
        var inUpdate = (kinds & GeneratedKinds.Update) != 0 && settable && !setter!.IsInitOnly && !serverGenerated && !createOnly;

        string? createDefault = null;
        var requiredInCreate = false;
        if (inCreate)
        {
            var initializer = CreateDefaultReader.Read(property, compilation, isReference && isNonNullable, cancellationToken, out createDefault);
            requiredInCreate = property.IsRequired || initializer switch
            {
                InitializerKind.None => isNonNullable,
                InitializerKind.Unreproducible => true,
                _ => false,
            };
            if (requiredInCreate)
            {
                createDefault = null;
            }
        }

        return new PropertyModel(
            CSharpLiterals.Identifier(property.Name),
            property.Name,
            CSharpLiterals.TypeName(emittedType),
            isNonNullable,
            isReference,
            inCreate,
            (kinds & GeneratedKinds.Read) != 0,
            inUpdate,
            requiredInCreate,
            createDefault,
            ValidationAttributeReader.Read(property),
            DocumentationReader.Read(property, cancellationToken),
            TypeClassifier.IsValueObject(type));
    }

    private static void ReportContradictions(
        INamedTypeSymbol entity,
        IPropertySymbol property,
        Markers markers,
        bool isKey,
        bool serverGenerated,
        PropertyTypeKind kind,
        Location location,
        List<EntityProblem> problems)
    {
        void Report(string what, string resolution) => problems.Add(new EntityProblem(
            DiagnosticDescriptors.ContradictoryMarkers, location, null, new object?[] { entity.Name, property.Name, what, resolution }));

        if (markers.Secret && markers.IncludeInRead)
        {
            Report("[Secret] and [IncludeInRead]", "[Secret] wins: the navigation is not in the Read DTO");
        }

        if (markers.Secret && markers.CreateOnly)
        {
            Report("[Secret] and [CreateOnly]", "[Secret] wins: the property is in no DTO");
        }

        if (markers.Secret && isKey)
        {
            Report("[Secret] on a key", "[Secret] wins: the key is in no DTO, so the Read DTO has no identifier");
        }

        if (markers.CreateOnly && serverGenerated && kind == PropertyTypeKind.Value)
        {
            var why = markers.ServerGenerated ? "[CreateOnly] and [ServerGenerated]"
                : isKey ? "[CreateOnly] on a key"
                : "[CreateOnly] on a [DatabaseGenerated] property";
            Report(why, "server-generated wins: the property is in the Read DTO only");
        }
    }

    /// <summary>
    /// A member Create does not carry can still be set by ToEntity through a user-written <c>Create{Member}(source)</c>
    /// method; a <c>required</c> member with neither stops generation (EDG006), because <c>new Entity { }</c> would not compile.
    /// </summary>
    private static void AddSuppliers(
        INamedTypeSymbol entity,
        List<IPropertySymbol> properties,
        HashSet<string> inCreate,
        HashSet<string> userMethods,
        List<SupplierModel> suppliers,
        Location entityLocation,
        List<EntityProblem> problems)
    {
        var constructor = EntityParser.FindCreationConstructor(entity);
        var setsRequired = constructor is not null && constructor.GetAttributes().Any(a => a.Is(KnownNames.SetsRequiredMembersAttribute));

        var settableMembers = properties
            .Where(p => p.SetMethod is { DeclaredAccessibility: Accessibility.Public })
            .Select(p => (Symbol: (ISymbol)p, p.Name, p.IsRequired))
            .Concat(AllFields(entity).Select(f => (Symbol: (ISymbol)f, f.Name, f.IsRequired)));

        foreach (var (symbol, name, isRequired) in settableMembers)
        {
            if (inCreate.Contains(name))
            {
                continue;
            }

            var method = "Create" + name;
            if (userMethods.Contains(method))
            {
                suppliers.Add(new SupplierModel(CSharpLiterals.Identifier(name), method));
            }
            else if (isRequired && !setsRequired)
            {
                problems.Add(new EntityProblem(
                    DiagnosticDescriptors.UnsuppliedRequiredMember,
                    EntityParser.FirstSourceLocation(symbol) ?? entityLocation,
                    null,
                    new object?[] { entity.Name, name, WhyNotInCreate(symbol) }));
            }
        }
    }

    private static IEnumerable<IFieldSymbol> AllFields(INamedTypeSymbol entity)
    {
        for (var type = entity; type is not null; type = type.BaseType)
        {
            foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
            {
                if (!field.IsStatic && !field.IsImplicitlyDeclared && field.DeclaredAccessibility == Accessibility.Public && !field.IsReadOnly && !field.IsConst)
                {
                    yield return field;
                }
            }
        }
    }

    private static string WhyNotInCreate(ISymbol member)
    {
        if (member is not IPropertySymbol property)
        {
            return "it is a field";
        }

        var markers = Markers.Read(property);
        if (markers.Secret)
        {
            return "it is [Secret]";
        }

        if (markers.NotMapped)
        {
            return "it is [NotMapped]";
        }

        return TypeClassifier.Classify(property.Type, out _) switch
        {
            PropertyTypeKind.ReferenceNavigation or PropertyTypeKind.CollectionNavigation => "it is a navigation",
            PropertyTypeKind.Unsupported => "its type cannot be carried by a DTO",
            _ => "it is server-generated",
        };
    }

    /// <summary>
    /// Names of the supplier-shaped methods the user wrote in their partial <c>{Entity}DtoMappings</c>: static, one
    /// <c>{Entity}Create</c> parameter (an error type until the generated part exists), a return value.
    /// </summary>
    private static HashSet<string> UserMappingMethods(INamedTypeSymbol entity)
    {
        var result = new HashSet<string>();
        var createName = entity.Name + "Create";
        foreach (var mappings in entity.ContainingNamespace.GetTypeMembers(entity.Name + "DtoMappings", 0))
        {
            foreach (var method in mappings.GetMembers().OfType<IMethodSymbol>())
            {
                if (method.IsStatic && !method.ReturnsVoid && method.Parameters.Length == 1 && method.Parameters[0].Type.Name == createName)
                {
                    result.Add(method.Name);
                }
            }
        }

        return result;
    }

    /// <summary>Generated types sit in the target's namespace under its simple name, even for a nested target.</summary>
    private static string GeneratedPrefix(INamedTypeSymbol target) =>
        "global::" + (target.ContainingNamespace.IsGlobalNamespace ? string.Empty : target.ContainingNamespace.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)) + ".")
        + target.Name;
}
