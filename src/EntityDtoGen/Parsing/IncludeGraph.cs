using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Diagnostics;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>
/// Checks the graph of <c>[IncludeInRead]</c> navigations reachable from an entity. The entity's Read DTO nests every
/// target's Read DTO, so each target must get code, and the graph must be finite.
/// </summary>
internal static class IncludeGraph
{
    public static void Check(INamedTypeSymbol entity, Location entityLocation, NavigationCache navigations, List<EntityProblem> problems)
    {
        var edges = Edges(entity, navigations).ToList();
        foreach (var edge in edges)
        {
            if (!navigations.HasReadDtos(edge.Target))
            {
                problems.Add(new EntityProblem(
                    DiagnosticDescriptors.IncludeInReadTargetWithoutRead,
                    LocationOf(edge.Property, entityLocation),
                    null,
                    new object?[] { entity.Name, edge.Property.Name, edge.Target.Name }));
            }
        }

        var path = new List<(INamedTypeSymbol Type, IPropertySymbol Navigation)>();
        if (FindCycle(entity, path, navigations) is { } repeated)
        {
            var text = string.Join(" -> ", path.Select(p => p.Type.Name + "." + p.Navigation.Name)) + " -> " + repeated.Name;
            problems.Add(new EntityProblem(DiagnosticDescriptors.IncludeInReadCycle, LocationOf(path[0].Navigation, entityLocation), null, new object?[] { text }));
            return;
        }

        foreach (var edge in edges)
        {
            if (navigations.HasReadDtos(edge.Target) && IsBlocked(edge.Target, new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default), navigations))
            {
                problems.Add(new EntityProblem(
                    DiagnosticDescriptors.IncludeInReadTargetWithErrors,
                    LocationOf(edge.Property, entityLocation),
                    null,
                    new object?[] { entity.Name, edge.Property.Name, edge.Target.Name }));
            }
        }
    }

    public static bool HasReadDtos(INamedTypeSymbol type) =>
        FindGenerateDtos(type) is { } attribute && (EntityParser.ReadKinds(attribute) & GeneratedKinds.Read) != 0;

    private static AttributeData? FindGenerateDtos(INamedTypeSymbol type) =>
        type.GetAttributes().FirstOrDefault(a => a.Is(KnownNames.GenerateDtosAttribute));

    private static IEnumerable<Navigation> Edges(INamedTypeSymbol type, NavigationCache navigations) =>
        navigations.Of(type).Where(n => n.Markers.IncludeInRead && !n.Markers.Secret);

    /// <summary>Depth-first along [IncludeInRead] edges; returns the type met twice on one path, leaving the path that leads to it.</summary>
    private static INamedTypeSymbol? FindCycle(INamedTypeSymbol type, List<(INamedTypeSymbol Type, IPropertySymbol Navigation)> path, NavigationCache navigations)
    {
        foreach (var edge in Edges(type, navigations))
        {
            if (!navigations.HasReadDtos(edge.Target))
            {
                continue;
            }

            path.Add((type, edge.Property));
            if (path.Any(p => SymbolEqualityComparer.Default.Equals(p.Type, edge.Target)))
            {
                return edge.Target;
            }

            if (FindCycle(edge.Target, path, navigations) is { } repeated)
            {
                return repeated;
            }

            path.RemoveAt(path.Count - 1);
        }

        return null;
    }

    /// <summary>
    /// Whether a target gets no code because of its own type or include errors. Its other errors (name collisions,
    /// unsupplied required members) are reported on the target alone.
    /// </summary>
    private static bool IsBlocked(INamedTypeSymbol type, HashSet<INamedTypeSymbol> visited, NavigationCache navigations)
    {
        if (!visited.Add(type))
        {
            return false;
        }

        if (!navigations.HasReadDtos(type) || EntityParser.UnsupportedReason(type) is not null)
        {
            return true;
        }

        return Edges(type, navigations).Any(edge => !navigations.HasReadDtos(edge.Target) || IsBlocked(edge.Target, visited, navigations));
    }

    private static Location LocationOf(ISymbol symbol, Location fallback) => EntityParser.FirstSourceLocation(symbol) ?? fallback;
}
