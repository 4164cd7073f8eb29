namespace EntityDtoGen.Model;

/// <summary>How <c>ToEntity</c> passes a Create member to the entity.</summary>
internal enum CreateBinding
{
    /// <summary>Set in the object initializer.</summary>
    Initializer,

    /// <summary>Passed to the constructor parameter of the same name.</summary>
    ConstructorArgument,

    /// <summary>
    /// The entity assigns a value of its own (in its constructor, or an initializer the DTO cannot repeat); the Create
    /// member is nullable and only a value the client sent replaces the entity's.
    /// </summary>
    KeepEntityDefault,
}

/// <summary>One entity property that reaches at least one DTO.</summary>
/// <param name="Name">The C# identifier, keyword-escaped where needed.</param>
/// <param name="DisplayName">The property name as users see it in messages and validation results.</param>
/// <param name="Type">The property type as <c>global::</c>-qualified C# with nullable annotations.</param>
/// <param name="IsNonNullable">A non-nullable reference type or a non-<c>Nullable&lt;T&gt;</c> value type.</param>
/// <param name="IsReferenceType">Whether the type is a reference type (drives <c>required</c> on Read).</param>
/// <param name="Carried">The DTO kinds that carry it.</param>
/// <param name="RequiredInCreate">The Create member is <c>required</c>.</param>
/// <param name="CreateDefault">The C# initializer of the Create member, or null for none.</param>
/// <param name="CreateBinding">How <c>ToEntity</c> passes the Create member on.</param>
/// <param name="CreateType">The Create member's type: <paramref name="Type"/>, or its nullable form for <see cref="CreateBinding.KeepEntityDefault"/>.</param>
/// <param name="ValidationAttributes">Data-annotation validation attributes to carry.</param>
/// <param name="Documentation">The XML documentation lines (without <c>///</c>), or empty.</param>
/// <param name="IsValueObject">An owned or complex value, whose own members carry validation attributes.</param>
/// <param name="JsonTypes">The JSON metadata the member's type needs (enums, collections, nullable structs).</param>
/// <param name="ValueType">For an owned or complex value: its class as a <c>typeof</c> operand.</param>
/// <param name="ValueMembers">For an owned or complex value: its members that carry validation attributes.</param>
internal readonly record struct PropertyModel(
    string Name,
    string DisplayName,
    string Type,
    bool IsNonNullable,
    bool IsReferenceType,
    GeneratedKinds Carried,
    bool RequiredInCreate,
    string? CreateDefault,
    CreateBinding CreateBinding,
    string CreateType,
    EquatableArray<AttributeModel> ValidationAttributes,
    EquatableArray<string> Documentation,
    bool IsValueObject,
    EquatableArray<JsonTypeModel> JsonTypes,
    string? ValueType,
    EquatableArray<string> ValueMembers)
{
    public bool InCreate => Carries(DtoKind.Create);

    public bool InRead => Carries(DtoKind.Read);

    public bool InUpdate => Carries(DtoKind.Update);

    public bool Carries(DtoKind kind) => (Carried & kind.Kind) != 0;
}
