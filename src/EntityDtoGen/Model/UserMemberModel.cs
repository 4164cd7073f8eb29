namespace EntityDtoGen.Model;

/// <summary>A member the user declared in their own partial part of a generated DTO.</summary>
/// <param name="Kind">Which DTO the part belongs to.</param>
/// <param name="Name">The C# identifier, keyword-escaped where needed.</param>
/// <param name="DisplayName">The member name as printed by <c>ToString()</c>.</param>
/// <param name="IsSecret">Marked <c>[Secret]</c>: the part's <c>ToString()</c> masks it.</param>
/// <param name="Json">How the generated JSON metadata reads and writes it, or null when JSON leaves it out (a field, <c>[JsonIgnore]</c>).</param>
/// <param name="JsonTypes">The JSON metadata its type needs.</param>
/// <param name="BlocksJson">A <c>required</c> member JSON leaves out: no object initializer could create the DTO without it, so the DTO gets no JSON metadata.</param>
/// <param name="IsValidated">A property with validation attributes, or a non-nullable reference, which validation checks.</param>
/// <param name="IsNonNullableReference">A non-nullable reference type: a present null is a validation error, as in MVC.</param>
internal readonly record struct UserMemberModel(
    GeneratedKinds Kind,
    string Name,
    string DisplayName,
    bool IsSecret,
    JsonMemberModel? Json,
    EquatableArray<JsonTypeModel> JsonTypes,
    bool BlocksJson,
    bool IsValidated,
    bool IsNonNullableReference);
