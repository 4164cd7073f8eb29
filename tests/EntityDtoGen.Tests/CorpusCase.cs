namespace EntityDtoGen.Tests;

/// <summary>One odd but possible input for the never-crash corpus.</summary>
/// <param name="Name">What the input is.</param>
/// <param name="Sources">The user's source files.</param>
/// <param name="ExpectedDiagnostics">The EDG ids the analyzers must report, in source order; empty for clean output.</param>
/// <param name="ExpectedInputErrors">Compiler errors the input itself has (never in a generated file); empty when it compiles.</param>
/// <param name="WithEfCore">Compile against EF Core too, so Includes are generated.</param>
public sealed record CorpusCase(string Name, string[] Sources, string[] ExpectedDiagnostics, string[] ExpectedInputErrors, bool WithEfCore = false)
{
    public override string ToString() => Name;
}
