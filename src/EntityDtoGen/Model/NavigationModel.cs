namespace EntityDtoGen.Model;

/// <summary>A navigation of the entity: a reference to another class, or a collection of one.</summary>
/// <param name="Name">The C# identifier, keyword-escaped where needed.</param>
/// <param name="TargetType">The target entity type as <c>global::</c>-qualified C#, without nullable annotation.</param>
/// <param name="IsCollection">A collection navigation rather than a reference.</param>
/// <param name="IsNullable">For references: the navigation is declared nullable.</param>
/// <param name="IncludeInRead">Marked <c>[IncludeInRead]</c> (and not overridden by <c>[Secret]</c>).</param>
internal readonly record struct NavigationModel(
    string Name,
    string TargetType,
    bool IsCollection,
    bool IsNullable,
    bool IncludeInRead);
