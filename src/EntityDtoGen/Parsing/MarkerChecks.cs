using System.Collections.Generic;
using EntityDtoGen.Diagnostics;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>Markers that cannot do what their author meant (EDG009).</summary>
internal static class MarkerChecks
{
    /// <summary>A property no DTO carries: the placement markers on it do nothing. <c>[Secret]</c> there agrees with the outcome, so it stays quiet.</summary>
    public static void ReportIgnoredProperty(INamedTypeSymbol entity, IPropertySymbol property, Markers markers, string reason, Location location, List<EntityProblem> problems)
    {
        foreach (var marker in PlacementMarkers(markers))
        {
            Report(entity, property, marker, reason, location, problems);
        }
    }

    public static void ReportMisplaced(INamedTypeSymbol entity, IPropertySymbol property, Markers markers, PropertyTypeKind kind, GeneratedKinds kinds, Location location, List<EntityProblem> problems)
    {
        var isNavigation = kind is PropertyTypeKind.ReferenceNavigation or PropertyTypeKind.CollectionNavigation;
        if (markers.IncludeInRead && !isNavigation)
        {
            Report(entity, property, "[IncludeInRead]", "it is not a navigation; scalars and owned values are in the Read DTO anyway", location, problems);
        }

        if (markers.IncludeInRead && isNavigation && (kinds & GeneratedKinds.Read) == 0)
        {
            Report(entity, property, "[IncludeInRead]", "the entity's Kinds leave out Read", location, problems);
        }

        if (isNavigation && markers.CreateOnly)
        {
            Report(entity, property, "[CreateOnly]", "navigations are in no Create or Update DTO", location, problems);
        }

        if (isNavigation && markers.ServerGenerated)
        {
            Report(entity, property, "[ServerGenerated]", "navigations are in no Create or Update DTO", location, problems);
        }
    }

    private static IEnumerable<string> PlacementMarkers(Markers markers)
    {
        if (markers.ServerGenerated)
        {
            yield return "[ServerGenerated]";
        }

        if (markers.CreateOnly)
        {
            yield return "[CreateOnly]";
        }

        if (markers.IncludeInRead)
        {
            yield return "[IncludeInRead]";
        }
    }

    private static void Report(INamedTypeSymbol entity, IPropertySymbol property, string marker, string reason, Location location, List<EntityProblem> problems) =>
        problems.Add(new EntityProblem(DiagnosticDescriptors.MarkerWithoutEffect, location, null, new object?[] { marker, entity.Name, property.Name, reason }));
}
