namespace EntityDtoGen.CodeFixes;

/// <summary>The ids of the diagnostics these fixes fix, and the properties the analyzers put on them for the fixes.</summary>
internal static class DiagnosticIds
{
    public const string UnsuppliedRequiredMember = "EDG006";
    public const string EntityInWebApiSignature = "EDG100";
    public const string ToReadWithoutIncludes = "EDG200";
    public const string QueryPerItem = "EDG201";

    /// <summary>Property (EDG201): the navigation of the query's own entity that the query should include.</summary>
    public const string Navigation = "Navigation";

    /// <summary>Property (EDG100): the metadata name of the entity in the signature.</summary>
    public const string Entity = "Entity";

    /// <summary>Property (EDG100): <c>return</c>, or the name of the parameter, that uses the entity.</summary>
    public const string Part = "Part";

    /// <summary>The <see cref="Part"/> of a return type.</summary>
    public const string ReturnPart = "return";
}
