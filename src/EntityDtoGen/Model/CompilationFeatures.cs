namespace EntityDtoGen.Model;

/// <summary>What the consuming compilation references that changes what is emitted.</summary>
/// <param name="HasValidateNever">ASP.NET Core MVC's <c>[ValidateNever]</c> is available (Update members use it so MVC does not read unset <c>Optional&lt;T&gt;.Value</c>).</param>
/// <param name="HasEntityFrameworkCore">EF Core is referenced.</param>
internal readonly record struct CompilationFeatures(bool HasValidateNever, bool HasEntityFrameworkCore);
