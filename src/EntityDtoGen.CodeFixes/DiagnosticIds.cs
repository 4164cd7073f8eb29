namespace EntityDtoGen.CodeFixes;

/// <summary>The ids of the diagnostics these fixes fix, and the properties the analyzers put on them for the fixes.</summary>
internal static class DiagnosticIds
{
    public const string UnsuppliedRequiredMember = "EDG006";
    public const string EntityInWebApiSignature = "EDG100";
    public const string ToReadWithoutIncludes = "EDG200";
    public const string QueryPerItem = "EDG201";

    /// <summary>Property: the name of the navigation a query should include.</summary>
    public const string Navigation = "Navigation";

    /// <summary>Property: the namespace of the generated helpers (<c>{E}Includes</c>, <c>{E}DtoMappings</c>).</summary>
    public const string GeneratedNamespace = "GeneratedNamespace";

    /// <summary>Property: the generated DTO a signature should use instead of the entity.</summary>
    public const string Dto = "Dto";

    /// <summary>Property: <c>return</c>, or the name of the parameter, that uses the entity.</summary>
    public const string Part = "Part";
}
