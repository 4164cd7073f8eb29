namespace EntityDtoGen.Model;

/// <summary>One entry of <c>{Entity}Includes.Paths</c>.</summary>
/// <param name="Path">The dotted path clients may ask for.</param>
/// <param name="AppliedPath">
/// What <c>IncludePaths</c> passes to EF Core: the path itself, or its prefix when the last step is a reference that walks
/// back along the inverse of the step before (EF Core refuses that include, and its fix-up sets the reference anyway).
/// </param>
internal readonly record struct IncludePathModel(string Path, string AppliedPath);
