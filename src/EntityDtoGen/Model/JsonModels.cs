namespace EntityDtoGen.Model;

/// <summary>How JSON sets a member when it reads a DTO or shape.</summary>
internal enum JsonSetter
{
    /// <summary>It does not: a get-only member is only written.</summary>
    None,

    /// <summary>Through its public <c>set</c>, after the object is created.</summary>
    Setter,

    /// <summary>In the object initializer that creates the object (an <c>init</c> member).</summary>
    Init,
}

/// <summary>The JSON metadata of one type a DTO or shape member uses (a collection, an enum, an <c>Optional&lt;T&gt;</c>).</summary>
/// <param name="Type">The type as <c>global::</c>-qualified C# without nullable reference annotations (a <c>typeof</c> operand).</param>
/// <param name="Factory">The C# expression that builds its metadata from <c>options</c>.</param>
internal readonly record struct JsonTypeModel(string Type, string Factory);

/// <summary>One member of a DTO or shape as JSON reads and writes it.</summary>
/// <param name="Name">The C# identifier, keyword-escaped where needed.</param>
/// <param name="ClrName">The member name as written; the options' naming policy applies to it.</param>
/// <param name="Type">The member type as <c>global::</c>-qualified C#, with nullable annotations.</param>
/// <param name="Setter">How JSON sets it.</param>
/// <param name="IsRequired">The JSON must carry it (<c>required</c> or <c>[JsonRequired]</c>).</param>
/// <param name="ConstantDefault">For an <c>init</c> member: the constant it takes when the JSON leaves it out, or null for <c>default</c>.</param>
/// <param name="Fallback">For an <c>init</c> member: a C# expression it takes when the JSON leaves it out or sends null (a non-constant initializer), or null.</param>
/// <param name="JsonName">The name from <c>[JsonPropertyName]</c>, as a C# string literal, or null.</param>
/// <param name="Ignore">The condition from <c>[JsonIgnore(Condition = …)]</c>, as C#, or null.</param>
/// <param name="Converter">A C# expression creating the member's converter from <c>[JsonConverter]</c>, or null.</param>
/// <param name="NumberHandling">The handling from <c>[JsonNumberHandling]</c>, as C#, or null.</param>
/// <param name="Order">The order from <c>[JsonPropertyOrder]</c>.</param>
/// <param name="IsNonNullableReference">A non-nullable reference type, which metadata marks so (OpenAPI schemas, <c>RespectNullableAnnotations</c>).</param>
/// <param name="AcceptsNull">The type holds null: a nullable reference or <c>Nullable&lt;T&gt;</c>.</param>
internal readonly record struct JsonMemberModel(
    string Name,
    string ClrName,
    string Type,
    JsonSetter Setter,
    bool IsRequired,
    string? ConstantDefault,
    string? Fallback,
    string? JsonName,
    string? Ignore,
    string? Converter,
    string? NumberHandling,
    int Order,
    bool IsNonNullableReference,
    bool AcceptsNull)
{
    public static JsonMemberModel Generated(string name, string clrName, string type, bool isRequired, bool isNonNullableReference, bool acceptsNull) =>
        new(name, clrName, type, JsonSetter.Init, isRequired, null, null, null, null, null, null, 0, isNonNullableReference, acceptsNull);
}
