namespace EntityDtoGen.Model;

/// <summary>A navigation of the entity: a reference to another class, or a collection of one.</summary>
/// <param name="Name">The C# identifier, keyword-escaped where needed.</param>
/// <param name="DisplayName">The property name as written, for generated method names and include paths.</param>
/// <param name="Type">The declared property type as <c>global::</c>-qualified C# with nullable annotations.</param>
/// <param name="TargetType">The target entity type as <c>global::</c>-qualified C#, without nullable annotation.</param>
/// <param name="TargetGeneratedPrefix">The target's namespace and simple name as <c>global::</c>-qualified C#: its generated types append <c>Read</c>, <c>DtoMappings</c>, <c>Includes</c>.</param>
/// <param name="IsCollection">A collection navigation rather than a reference.</param>
/// <param name="IsNullable">The navigation is declared nullable.</param>
/// <param name="IncludeInRead">Marked <c>[IncludeInRead]</c> (and not overridden by <c>[Secret]</c>): the Read DTO nests the target's Read DTO.</param>
internal readonly record struct NavigationModel(
    string Name,
    string DisplayName,
    string Type,
    string TargetType,
    string TargetGeneratedPrefix,
    bool IsCollection,
    bool IsNullable,
    bool IncludeInRead)
{
    public string TargetReadType => TargetGeneratedPrefix + "Read";

    public string TargetMappingsType => TargetGeneratedPrefix + "DtoMappings";

    public string TargetIncludesType => TargetGeneratedPrefix + "Includes";
}
