namespace EntityDtoGen.Model;

/// <summary>
/// A member the user declared in their own partial part of a generated DTO. Kept only for a DTO part with a
/// <c>[Secret]</c> member, whose <c>ToString()</c> must then mask it.
/// </summary>
/// <param name="Kind">Which DTO the part belongs to.</param>
/// <param name="Name">The C# identifier, keyword-escaped where needed.</param>
/// <param name="DisplayName">The member name as printed by <c>ToString()</c>.</param>
/// <param name="IsSecret">Marked <c>[Secret]</c>: printed as <c>***</c>.</param>
internal readonly record struct UserMemberModel(GeneratedKinds Kind, string Name, string DisplayName, bool IsSecret);
