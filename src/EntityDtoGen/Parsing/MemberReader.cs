using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>Reads every instance property of an entity, inherited ones included, exactly as the entity declares it.</summary>
internal static class MemberReader
{
    public static MemberDeclaration[] Read(INamedTypeSymbol entity, IReadOnlyList<IPropertySymbol> properties, Compilation compilation, NavigationCache navigations, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(properties.Select(p => p.Name));
        var result = new MemberDeclaration[properties.Count];
        for (var i = 0; i < properties.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result[i] = Read(properties[i], names, compilation, navigations, cancellationToken);
        }

        return result;
    }

    public static MemberDeclaration Read(IPropertySymbol property, ICollection<string> propertyNames, Compilation compilation, NavigationCache navigations, CancellationToken cancellationToken)
    {
        var markers = MarkerReader.Read(property);
        var shape = TypeClassifier.Classify(property.Type, out var target);
        var isFieldBackedCollection = false;
        string? exclusion = null;
        if (markers.NotMapped)
        {
            exclusion = "the property is [NotMapped]";
        }
        else if (property.GetMethod?.DeclaredAccessibility != Accessibility.Public)
        {
            exclusion = "the property has no public getter";
        }
        else if (AccessorReader.IsComputed(property, cancellationToken))
        {
            isFieldBackedCollection = shape == MemberShape.Collection && AccessorReader.HasConventionalBackingField(property, target!);
            exclusion = isFieldBackedCollection ? null
                : property.DeclaringSyntaxReferences.Length == 0 ? "it has no setter this project can see (a referenced assembly hides private setters, so it looks computed)"
                : "the property is computed";
        }
        else if (IsObsoleteAsError(property))
        {
            // Generated code that reads it would not compile.
            exclusion = "the property is [Obsolete] as an error";
        }
        else if (shape is null)
        {
            exclusion = "no DTO can carry the property's type";
        }

        var type = property.Type;
        var isNullableValue = type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
        var isReference = type.IsReferenceType;
        var isNonNullable = isReference ? type.NullableAnnotation == NullableAnnotation.NotAnnotated : !isNullableValue;

        // An oblivious type (#nullable disable) says nothing about null; in the #nullable enable DTO it becomes nullable.
        var emittedType = isReference && type.NullableAnnotation == NullableAnnotation.None ? type.WithNullableAnnotation(NullableAnnotation.Annotated) : type;
        var typeName = CSharpLiterals.TypeName(emittedType);
        var nullableTypeName = isReference ? CSharpLiterals.TypeName(type.WithNullableAnnotation(NullableAnnotation.Annotated))
            : isNullableValue ? typeName
            : typeName + "?";

        var initializer = InitializerKind.None;
        string? initializerDefault = null;
        if (exclusion is null && property.SetMethod is not null && shape is not (MemberShape.Collection or null))
        {
            initializer = CreateDefaultReader.Read(property, compilation, isReference && isNonNullable, cancellationToken, out initializerDefault);
        }

        var valueType = shape switch
        {
            MemberShape.ValueObject => UnwrapNullable(type) as INamedTypeSymbol,
            MemberShape.Value => UserDefinedValue(type),
            _ => target,
        };
        // An owned or complex value (or a class the configuration may make one) is validated member by member.
        var validatedValue = exclusion is null ? shape switch
        {
            MemberShape.ValueObject => valueType,
            MemberShape.Reference => target,
            _ => null,
        } : null;
        return new MemberDeclaration(
            CSharpLiterals.Identifier(property.Name),
            property.Name,
            typeName,
            nullableTypeName,
            isNonNullable,
            isReference,
            shape ?? MemberShape.Value,
            target is null ? (valueType is null ? null : navigations.KeyOf(valueType)) : navigations.KeyOf(target),
            (target ?? valueType)?.Name,
            target is null ? null : CSharpLiterals.TypeName(target),
            target is null ? null : navigations.GeneratedPrefix(target),
            target is not null && navigations.IsEntityByItself(target),
            markers,
            NameConventions.SensitiveWord(property.Name),
            NameConventions.IsAuditName(property.Name),
            NameConventions.Identity(property),
            SetterOf(property),
            property.IsRequired,
            exclusion,
            exclusion is null ? AccessorReader.WrappedMember(property, propertyNames, cancellationToken) : null,
            isFieldBackedCollection,
            initializer,
            initializerDefault,
            exclusion is null && valueType is not null ? SecretMemberOf(valueType) : null,
            exclusion is null ? ValidationAttributeReader.Read(property) : EquatableArray<AttributeModel>.Empty,
            exclusion is null ? DocumentationReader.Read(property, cancellationToken) : EquatableArray<string>.Empty,
            exclusion is null && shape is MemberShape.Value or MemberShape.ValueObject ? JsonTypeReader.Read(type) : EquatableArray<JsonTypeModel>.Empty,
            validatedValue is null ? null : CSharpLiterals.TypeOfName(validatedValue),
            validatedValue is null ? EquatableArray<string>.Empty : ValidatedMembers(validatedValue));
    }

    /// <summary>
    /// The user's own struct or class that a value member carries whole (itself, or the element of a collection), whose
    /// members could hold a secret; null for the framework's types.
    /// </summary>
    /// <summary>The public instance properties of a value class that carry validation attributes.</summary>
    private static EquatableArray<string> ValidatedMembers(INamedTypeSymbol valueType) =>
        new(EntityShape.Properties(valueType)
            .Where(p => p.DeclaredAccessibility == Accessibility.Public && p.GetMethod is not null && ValidationAttributeReader.Read(p).Count > 0)
            .Select(p => p.Name)
            .ToArray());

    private static INamedTypeSymbol? UserDefinedValue(ITypeSymbol type)
    {
        var candidate = UnwrapNullable(type switch
        {
            IArrayTypeSymbol array => array.ElementType,
            INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic when type.SpecialType == SpecialType.None && !type.IsValueType => generic.TypeArguments[0],
            _ => type,
        });
        return candidate is INamedTypeSymbol { SpecialType: SpecialType.None, TypeKind: TypeKind.Class or TypeKind.Struct } named
            && named.ContainingNamespace?.ToDisplayString() is { } @namespace
            && !(@namespace == "System" || @namespace.StartsWith("System.", System.StringComparison.Ordinal) || @namespace.StartsWith("Microsoft.", System.StringComparison.Ordinal))
            ? named
            : null;
    }

    private static ITypeSymbol UnwrapNullable(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    private static SetterKind SetterOf(IPropertySymbol property) => property.SetMethod switch
    {
        null => SetterKind.None,
        { DeclaredAccessibility: not Accessibility.Public } => SetterKind.NonPublic,
        { IsInitOnly: true } => SetterKind.PublicInit,
        _ => SetterKind.Public,
    };

    private static bool IsObsoleteAsError(IPropertySymbol property) =>
        property.GetAttributes().Any(a =>
            a.Is(KnownNames.ObsoleteAttribute)
            && a.ConstructorArguments.Length == 2
            && a.ConstructorArguments[1].Value is true);

    /// <summary>
    /// A member of an owned or complex value that is secret by marker or by name: the value is carried into the DTOs
    /// whole, so it would expose that member.
    /// </summary>
    private static string? SecretMemberOf(INamedTypeSymbol valueType)
    {
        if (valueType.SpecialType != SpecialType.None || valueType.IsValueType && valueType.GetMembers().Length == 0)
        {
            return null;
        }

        foreach (var property in EntityShape.Properties(valueType))
        {
            if (property.DeclaredAccessibility != Accessibility.Public)
            {
                continue;
            }

            var markers = MarkerReader.Read(property);
            if (markers.Secret || (!markers.NotSecret && NameConventions.SensitiveWord(property.Name) is not null))
            {
                return property.Name;
            }
        }

        return null;
    }

    /// <summary>Public settable instance fields: only a <c>Create{Field}</c> supplier can set them.</summary>
    public static EquatableArray<FieldDeclaration> Fields(INamedTypeSymbol entity)
    {
        var result = new List<FieldDeclaration>();
        for (var type = entity; type is not null; type = type.BaseType)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false, DeclaredAccessibility: Accessibility.Public, IsReadOnly: false, IsConst: false } field)
                {
                    result.Add(new FieldDeclaration(CSharpLiterals.Identifier(field.Name), field.IsRequired));
                }
            }
        }

        return new EquatableArray<FieldDeclaration>(result.ToArray());
    }

    /// <summary>
    /// Names of the supplier-shaped methods the user wrote in their partial <c>{Entity}DtoMappings</c>: static, one
    /// <c>{Entity}Create</c> parameter (an error type until the generated part exists), a return value.
    /// </summary>
    public static EquatableArray<string> SupplierMethods(INamedTypeSymbol entity, INamespaceSymbol @namespace)
    {
        var result = new SortedSet<string>(System.StringComparer.Ordinal);
        var createName = entity.Name + "Create";
        foreach (var mappings in @namespace.GetTypeMembers(entity.Name + "DtoMappings", 0))
        {
            // The analyzer also sees the generated methods (ToEntity takes the Create DTO too); only the user's are suppliers.
            foreach (var method in mappings.GetMembers().OfType<IMethodSymbol>().Where(method => !GeneratorOutput.DeclaresOnly(method)))
            {
                if (method.IsStatic && !method.ReturnsVoid && method.Parameters.Length == 1 && method.Parameters[0].Type.Name == createName)
                {
                    result.Add(method.Name);
                }
            }
        }

        return new EquatableArray<string>(result.ToArray());
    }

    /// <summary>Generated types sit in the target's namespace under its simple name, even for a nested target.</summary>
    public static string GeneratedPrefix(INamedTypeSymbol target) =>
        "global::" + (target.ContainingNamespace.IsGlobalNamespace ? string.Empty : target.ContainingNamespace.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)) + ".")
        + target.Name;
}
