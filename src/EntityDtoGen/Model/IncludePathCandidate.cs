namespace EntityDtoGen.Model;

/// <summary>One step of an include path: a class-typed member that is a navigation if EF Core maps it as one.</summary>
/// <param name="DeclaringTypeKey">The class that declares the member.</param>
/// <param name="Member">The member name.</param>
/// <param name="TargetTypeKey">The class it leads to.</param>
/// <param name="TargetIsEntity">That class is an entity by itself.</param>
internal readonly record struct NavigationStep(string DeclaringTypeKey, string Member, string TargetTypeKey, bool TargetIsEntity);

/// <summary>A path <c>{Entity}Includes.Paths</c> offers if every step of it is a navigation.</summary>
/// <param name="Path">The dotted path.</param>
/// <param name="AppliedPath">What <c>IncludePaths</c> passes to EF Core (see <see cref="IncludePathModel"/>).</param>
/// <param name="Steps">One step per segment.</param>
internal readonly record struct IncludePathCandidate(string Path, string AppliedPath, EquatableArray<NavigationStep> Steps);
