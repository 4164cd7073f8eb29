namespace EntityDtoGen.Model;

/// <summary>How a shape member takes its value from the entity.</summary>
internal enum ShapeBinding
{
    /// <summary>Nothing of that name: no member, no flattened path, no counted collection.</summary>
    None,

    /// <summary>A value at the end of the path: the member itself or a flattened path through references.</summary>
    Value,

    /// <summary>The number of elements of a collection navigation at the end of the path (<c>{Collection}Count</c>).</summary>
    Count,

    /// <summary>A reference navigation carried as the target's Read DTO or one of its shapes.</summary>
    NestedReference,

    /// <summary>A collection navigation carried as a list or array of the target's Read DTO or one of its shapes.</summary>
    NestedCollection,
}

/// <summary>One member along a shape member's path, with what its class declares about it.</summary>
/// <param name="DeclaringName">The simple name of the class the member is read on, for messages.</param>
/// <param name="DeclaringChainKeys">The chain keys of that class: configuration about them applies.</param>
/// <param name="Member">The member as its class declares it.</param>
internal readonly record struct ShapeStep(string DeclaringName, EquatableArray<string> DeclaringChainKeys, MemberDeclaration Member);

/// <summary>A member the user declared in a read shape, and what it binds to.</summary>
/// <param name="Name">The C# identifier, keyword-escaped where needed.</param>
/// <param name="DisplayName">The member name as written.</param>
/// <param name="Type">The member's type as <c>global::</c>-qualified C#.</param>
/// <param name="Binding">What it binds to.</param>
/// <param name="Path">The entity members from the entity to the bound member.</param>
/// <param name="Incompatibility">Why the member's type cannot take the bound value, or null when it can.</param>
/// <param name="NestedType">For a nested member: the Read DTO or shape it carries, <c>global::</c>-qualified.</param>
/// <param name="NestedMapping">For a nested member: the in-memory mapping of one element, a <c>global::</c>-qualified method.</param>
/// <param name="AsArray">For a nested collection: the member is an array rather than a list.</param>
/// <param name="AcceptsNull">The member's type can hold null (a nullable reference or <c>Nullable&lt;T&gt;</c>).</param>
/// <param name="IsValueType">The member's type is a value type.</param>
internal readonly record struct ShapeMemberDeclaration(
    string Name,
    string DisplayName,
    string Type,
    ShapeBinding Binding,
    EquatableArray<ShapeStep> Path,
    string? Incompatibility,
    string? NestedType,
    string? NestedMapping,
    bool AsArray,
    bool AcceptsNull,
    bool IsValueType);

/// <summary>A <c>[ReadShape]</c> record as the user declares it, with the entity it reads.</summary>
/// <param name="Namespace">The shape's namespace as written in a namespace declaration, or empty.</param>
/// <param name="Name">The shape's simple name.</param>
/// <param name="FullyQualifiedName">The shape type as <c>global::</c>-qualified C#.</param>
/// <param name="HintNamePrefix">A file-name-safe form of the shape's metadata name.</param>
/// <param name="Accessibility">The C# accessibility keyword of the generated mappings class.</param>
/// <param name="Entity">The entity the shape reads, declared as for a Read DTO.</param>
/// <param name="Members">The members the user declared.</param>
/// <param name="FactKeys">Every type key whose configuration can change the outcome.</param>
/// <param name="JsonMembers">The record's members as JSON reads and writes them (its computed members included), or null when a <c>required</c> member cannot be described, so the shape gets no JSON metadata.</param>
/// <param name="JsonTypes">The JSON metadata those members' types need.</param>
internal readonly record struct ShapeDeclaration(
    string Namespace,
    string Name,
    string FullyQualifiedName,
    string HintNamePrefix,
    string Accessibility,
    EntityDeclaration Entity,
    EquatableArray<ShapeMemberDeclaration> Members,
    EquatableArray<string> FactKeys,
    EquatableArray<JsonMemberModel>? JsonMembers,
    EquatableArray<JsonTypeModel> JsonTypes)
{
    public string MappingsName => Name + "Mappings";
}

/// <summary>A planned shape: what the emitters write.</summary>
/// <param name="Shape">The declaration.</param>
/// <param name="Secrets">The entity's secret properties, which <c>DtoModelCheck</c> keeps out of the projection.</param>
internal readonly record struct ShapeModel(ShapeDeclaration Shape, EquatableArray<string> Secrets)
{
    public string QualifiedName(string generatedName) =>
        Shape.Namespace.Length == 0 ? "global::" + generatedName : "global::" + Shape.Namespace + "." + generatedName;
}
