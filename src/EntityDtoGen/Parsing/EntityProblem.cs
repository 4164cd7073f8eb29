using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>
/// A problem found while parsing an entity. Only the analyzer turns these into diagnostics; the generator just
/// checks for errors, so its cached models never hold a <see cref="Location"/>.
/// </summary>
internal readonly record struct EntityProblem(DiagnosticDescriptor Descriptor, Location Location, Location? AdditionalLocation, object?[] Arguments)
{
    public bool IsError => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location, AdditionalLocation is null ? null : new[] { AdditionalLocation }, Arguments);
}
