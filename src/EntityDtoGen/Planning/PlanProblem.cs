using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Planning;

/// <summary>
/// A problem the planner found, located by member name rather than by <see cref="Location"/>: the generator only asks
/// whether there are errors; the analyzer finds the member's location and reports it.
/// </summary>
/// <param name="Descriptor">The diagnostic.</param>
/// <param name="Member">The property (or field) it is about, or null for the entity itself.</param>
/// <param name="Arguments">The message arguments.</param>
internal readonly record struct PlanProblem(DiagnosticDescriptor Descriptor, string? Member, object?[] Arguments)
{
    public bool IsError => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;
}
