namespace EntityDtoGen.Model;

/// <summary>What a property's type makes it before the EF Core configuration is known.</summary>
internal enum MemberShape
{
    /// <summary>A scalar, any struct, a known provider value type, or a collection of these.</summary>
    Value,

    /// <summary>An <c>[Owned]</c>/<c>[ComplexType]</c> value.</summary>
    ValueObject,

    /// <summary>Another class: a navigation when that class is an entity, otherwise a value only the configuration can name.</summary>
    Reference,

    /// <summary>A collection of another class.</summary>
    Collection,
}

/// <summary>Who may set a property.</summary>
internal enum SetterKind
{
    /// <summary>No setter at all.</summary>
    None,

    /// <summary>A public <c>set</c>.</summary>
    Public,

    /// <summary>A public <c>init</c>.</summary>
    PublicInit,

    /// <summary>A private, protected or internal setter.</summary>
    NonPublic,
}

/// <summary>How ASP.NET Core Identity's base types treat a member they declare.</summary>
internal enum IdentityRole
{
    None,

    /// <summary>A credential (<c>PasswordHash</c>, <c>SecurityStamp</c>, a token's <c>Value</c>).</summary>
    Secret,

    /// <summary>Account state the Identity system manages (<c>EmailConfirmed</c>, <c>LockoutEnd</c>, …).</summary>
    Managed,
}

/// <summary>
/// One instance property exactly as the entity declares it: the transform reads this from the entity alone; the
/// planner decides which DTOs carry it once the EF Core configuration is known.
/// </summary>
/// <param name="Name">The C# identifier, keyword-escaped where needed.</param>
/// <param name="DisplayName">The property name as written.</param>
/// <param name="Type">The property type as <c>global::</c>-qualified C#, oblivious references made nullable.</param>
/// <param name="NullableType">The same type with <c>?</c>, for a Create member that may be left out.</param>
/// <param name="IsNonNullable">A non-nullable reference type or a non-<c>Nullable&lt;T&gt;</c> value type.</param>
/// <param name="IsReferenceType">Whether the type is a reference type.</param>
/// <param name="Shape">What the type makes the property.</param>
/// <param name="TargetTypeKey">For a class or a collection of one: the class's <see cref="Parsing.TypeKeys"/> key.</param>
/// <param name="TargetName">The simple name of the class (or of the owned or complex value type), for messages.</param>
/// <param name="TargetType">For a class or a collection of one: the class as <c>global::</c>-qualified C#.</param>
/// <param name="TargetGeneratedPrefix">For a class or a collection of one: the prefix of its generated types.</param>
/// <param name="TargetIsEntity">The class is an entity by itself: <c>[GenerateDtos]</c>, a key attribute or a key by convention.</param>
/// <param name="Markers">The markers on the property.</param>
/// <param name="SensitiveWord">The credential word in the property's name, or null (built-in sensitive-name convention).</param>
/// <param name="IsAuditName">The name is in the built-in audit list.</param>
/// <param name="Identity">How ASP.NET Core Identity treats the member.</param>
/// <param name="Setter">Who may set it.</param>
/// <param name="IsRequired">Declared <c>required</c>.</param>
/// <param name="Exclusion">Why no DTO can carry it whatever the configuration says, or null.</param>
/// <param name="WrappedMember">The other property that this one's accessor bodies read and write, or null.</param>
/// <param name="IsFieldBackedCollection">A get-only collection of entities backed by a field EF Core finds by its naming convention.</param>
/// <param name="Initializer">How its initializer carries over to Create.</param>
/// <param name="InitializerDefault">The Create member's initializer when <paramref name="Initializer"/> is reproducible.</param>
/// <param name="ValueObjectSecret">For an owned/complex value: a member of it that is secret, or null.</param>
/// <param name="ValidationAttributes">Data-annotation validation attributes to carry.</param>
/// <param name="Documentation">The XML documentation lines, or empty.</param>
/// <param name="JsonTypes">The JSON metadata the property's type needs in a DTO.</param>
/// <param name="ValueType">For a class that may be an owned or complex value: the class as a <c>typeof</c> operand, whose rules validate its members.</param>
/// <param name="ValueMembers">The members of that class that carry validation attributes.</param>
internal readonly record struct MemberDeclaration(
    string Name,
    string DisplayName,
    string Type,
    string NullableType,
    bool IsNonNullable,
    bool IsReferenceType,
    MemberShape Shape,
    string? TargetTypeKey,
    string? TargetName,
    string? TargetType,
    string? TargetGeneratedPrefix,
    bool TargetIsEntity,
    MarkerSet Markers,
    string? SensitiveWord,
    bool IsAuditName,
    IdentityRole Identity,
    SetterKind Setter,
    bool IsRequired,
    string? Exclusion,
    string? WrappedMember,
    bool IsFieldBackedCollection,
    InitializerKind Initializer,
    string? InitializerDefault,
    string? ValueObjectSecret,
    EquatableArray<AttributeModel> ValidationAttributes,
    EquatableArray<string> Documentation,
    EquatableArray<JsonTypeModel> JsonTypes,
    string? ValueType,
    EquatableArray<string> ValueMembers);

/// <summary>How an entity property's initializer carries over to the Create DTO member.</summary>
internal enum InitializerKind
{
    /// <summary>No initializer, or <c>null!</c>/<c>default!</c>, which says "must be set" in EF Core style.</summary>
    None,

    /// <summary>An initializer the Create member can repeat (constants, empty collections, <c>new()</c>).</summary>
    Reproducible,

    /// <summary>Any other initializer: the entity keeps its own value unless the client sends one.</summary>
    Unreproducible,
}
