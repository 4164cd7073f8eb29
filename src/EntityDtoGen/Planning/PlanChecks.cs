using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Diagnostics;
using EntityDtoGen.Model;

namespace EntityDtoGen.Planning;

/// <summary>Markers that contradict each other (EDG005), names the generated types cannot take (EDG008), markers without effect (EDG009).</summary>
internal static class PlanChecks
{
    /// <summary>Members every record has, declared by the compiler or inherited from <c>object</c>.</summary>
    private static readonly HashSet<string> RecordMembers =
    [
        "EqualityContract", "PrintMembers", "Equals", "GetHashCode", "ToString", "Deconstruct", "GetType", "MemberwiseClone", "Finalize",
    ];

    public static void Report(EntityDeclaration entity, List<MemberPlan> members, GeneratedKinds served, List<NavigationModel> navigations, List<PlanProblem> problems)
    {
        foreach (var member in members)
        {
            ReportContradictions(entity, member, problems);
            ReportWithoutEffect(entity, member, problems);
        }

        ReportNameCollisions(entity, members, navigations, problems);
    }

    private static void ReportContradictions(EntityDeclaration entity, MemberPlan member, List<PlanProblem> problems)
    {
        var markers = member.Declaration.Markers;
        void Report(string what, string resolution) =>
            problems.Add(new PlanProblem(DiagnosticDescriptors.ContradictoryMarkers, member.Name, [entity.Name, member.Name, what, resolution]));

        if (markers.Secret && markers.IncludeInRead)
        {
            Report("[Secret] and [IncludeInRead]", "[Secret] wins: the navigation is not in the Read DTO");
        }

        if (markers.Secret && markers.CreateOnly)
        {
            Report("[Secret] and [CreateOnly]", "[Secret] wins: the property is in no DTO");
        }

        if (markers.Secret && markers.NotSecret)
        {
            Report("[Secret] and [NotSecret]", "[Secret] wins: the property is in no DTO");
        }

        if (markers.Secret && member.IsKey)
        {
            Report("[Secret] on a key", "[Secret] wins: the key is in no DTO, so the Read DTO has no identifier");
        }

        if (markers.CreateOnly && member.IsValue && member.ServerManaged is not null)
        {
            var why = markers.ServerGenerated ? "[CreateOnly] and [ServerGenerated]"
                : member.IsKey ? "[CreateOnly] on a key"
                : markers.DatabaseGenerated is not null || markers.Timestamp ? "[CreateOnly] on a [DatabaseGenerated] property"
                : "[CreateOnly] on a property that is " + member.ServerManaged;
            Report(why, "server-generated wins: the property is in the Read DTO only");
        }
    }

    private static void ReportWithoutEffect(EntityDeclaration entity, MemberPlan member, List<PlanProblem> problems)
    {
        var declaration = member.Declaration;
        var markers = declaration.Markers;
        void Report(string marker, string reason) =>
            problems.Add(new PlanProblem(DiagnosticDescriptors.MarkerWithoutEffect, member.Name, [marker, entity.Name, member.Name, reason]));

        if (member.Excluded is { } excluded)
        {
            // [Secret] on a property no DTO carries agrees with the outcome, so it stays quiet.
            foreach (var marker in PlacementMarkers(markers))
            {
                Report(marker, excluded);
            }

            return;
        }

        if (markers.IncludeInRead && !member.IsNavigation)
        {
            Report("[IncludeInRead]", "it is not a navigation; scalars and owned values are in the Read DTO anyway");
        }

        if (markers.IncludeInRead && member.IsNavigation && (entity.RequestedKinds & GeneratedKinds.Read) == 0)
        {
            Report("[IncludeInRead]", "the entity's Kinds leave out Read");
        }

        if (member.IsNavigation && markers.CreateOnly)
        {
            Report("[CreateOnly]", "navigations are in no Create or Update DTO");
        }

        if (member.IsNavigation && markers.ServerGenerated)
        {
            Report("[ServerGenerated]", "navigations are in no Create or Update DTO");
        }

        if (markers.ClientWritable && member.IsValue)
        {
            if (member.ServerManaged is not null)
            {
                Report("[ClientWritable]", "it is " + member.ServerManaged + ", which no marker makes client input");
            }
            else if (!member.KeptClientWritable && member.Secret is null)
            {
                Report("[ClientWritable]", "nothing makes it server-managed: its name is not in the audit list and no SaveChanges assignment the generator can see sets it");
            }
        }

        if (markers.NotSecret && !markers.Secret && declaration.SensitiveWord is null && declaration.Identity != IdentityRole.Secret && declaration.ValueObjectSecret is null)
        {
            Report("[NotSecret]", "its name does not say it holds a credential");
        }
    }

    private static IEnumerable<string> PlacementMarkers(MarkerSet markers)
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

    /// <summary>
    /// Property names that the generated types cannot take as members: the compiler would report the clash inside a
    /// generated file, which tells the user nothing.
    /// </summary>
    private static void ReportNameCollisions(EntityDeclaration entity, List<MemberPlan> members, List<NavigationModel> navigations, List<PlanProblem> problems)
    {
        var reported = new HashSet<string>();
        foreach (var member in members)
        {
            CheckName(member.Name, member.Carries);
        }

        foreach (var navigation in navigations)
        {
            if (navigation.IncludeInRead)
            {
                CheckName(navigation.DisplayName, kind => kind == DtoKind.Read);
            }

            if (navigation.DisplayName == "ForRead")
            {
                Report(navigation.DisplayName, entity.Name + "Includes", "its helper IncludeForRead would clash with the generated IncludeForRead()");
            }
        }

        void CheckName(string name, System.Func<DtoKind, bool> carries)
        {
            foreach (var kind in DtoKind.All.Where(carries))
            {
                var dto = kind.NameFor(entity.Name);
                var reserved = kind.ReservedMembers.Where(r => r.Name == name).Select(r => r.Reason).FirstOrDefault();
                if (name == dto)
                {
                    Report(name, dto, "a member cannot have the name of its type");
                }
                else if (RecordMembers.Contains(name))
                {
                    Report(name, dto, "every record already has a member of that name");
                }
                else if (reserved is not null)
                {
                    Report(name, dto, reserved);
                }
            }
        }

        void Report(string name, string dto, string reason)
        {
            // One diagnostic a property: the first DTO it cannot enter is enough to act on.
            if (reported.Add(name))
            {
                problems.Add(new PlanProblem(DiagnosticDescriptors.MemberNameCollision, name, [entity.Name, name, dto, reason]));
            }
        }
    }
}
