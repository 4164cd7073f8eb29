using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Model;

namespace EntityDtoGen.Planning;

/// <summary>The constructor <c>ToEntity</c> calls, with its arguments, or why none binds.</summary>
internal readonly record struct ConstructorChoice(ConstructorDeclaration? Constructor, List<ConstructorArgumentModel>? Arguments, string? WhyNone);

/// <summary>
/// Binds constructor parameters as EF Core does: by name to a property (ignoring case) whose type fits. A parameter binds
/// when a <c>Create{Member}</c> supplier provides its property or the Create DTO can carry it; an optional one may stay
/// unbound. Of the constructors whose every required parameter binds, the one binding the most wins, so a DDD
/// constructor that sets private state is preferred to a parameterless one kept for EF Core.
/// </summary>
internal static class ConstructorBinder
{
    public static ConstructorChoice Choose(EntityDeclaration entity, IReadOnlyDictionary<string, MemberPlan> members)
    {
        if (entity.Constructors.Count == 0)
        {
            return new ConstructorChoice(null, null, "it has no public constructor");
        }

        ConstructorDeclaration? best = null;
        List<ConstructorArgumentModel>? bestArguments = null;
        var refusals = new List<string>();
        foreach (var constructor in entity.Constructors)
        {
            var arguments = new List<ConstructorArgumentModel>();
            var unbound = new List<string>();
            foreach (var parameter in constructor.Parameters)
            {
                var member = parameter.Member is null ? null : members[parameter.Member];
                if (parameter.Member is not null && entity.SupplierMethods.Contains("Create" + parameter.Member))
                {
                    arguments.Add(new ConstructorArgumentModel(parameter.Name, null, "Create" + parameter.Member));
                }
                else if (member is { IsCreateCandidate: true })
                {
                    arguments.Add(new ConstructorArgumentModel(parameter.Name, member.Declaration.Name, null));
                }
                else if (!parameter.IsOptional)
                {
                    unbound.Add(Unbound(entity, parameter, member));
                }
            }

            if (unbound.Count > 0)
            {
                refusals.Add(constructor.Signature + ": " + string.Join(", ", unbound));
            }
            else if (best is null || arguments.Count > bestArguments!.Count)
            {
                best = constructor;
                bestArguments = arguments;
            }
        }

        return best is null
            ? new ConstructorChoice(null, null, "no public constructor binds (" + string.Join("; ", refusals) + ")")
            : new ConstructorChoice(best, bestArguments, null);
    }

    private static string Unbound(EntityDeclaration entity, ParameterDeclaration parameter, MemberPlan? member)
    {
        var name = "'" + parameter.DisplayName + "'";
        if (member is null)
        {
            return parameter.NameMatchesMember ? name + " does not take the property of that name (its type or ref kind differs)" : name + " matches no property";
        }

        var why = member.Excluded is not null ? "is left out (" + member.Excluded + ")"
            : member.IsNavigation ? "is a navigation"
            : member.Secret is not null ? "is secret"
            : "is " + member.ServerManaged;
        return name + " binds '" + member.Name + "', which " + why + ", and " + entity.Name + "DtoMappings has no Create" + member.Name + " method";
    }
}
