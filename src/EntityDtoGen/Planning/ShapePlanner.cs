using System;
using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Diagnostics;
using EntityDtoGen.Model;

namespace EntityDtoGen.Planning;

/// <summary>The plan for one read shape: the model the emitters write, and the problems found.</summary>
internal readonly record struct ShapePlanResult(ShapeModel Model, IReadOnlyList<PlanProblem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);
}

/// <summary>
/// Checks every member of a read shape against the entity as EF Core sees it: each step of its path must be read
/// safely (no secret, mapped), the last one must be what the member's type can take (SPEC "Read shapes").
/// </summary>
internal static class ShapePlanner
{
    public static ShapePlanResult Plan(ShapeDeclaration shape, EquatableArray<ModelFact> facts)
    {
        var problems = new List<PlanProblem>();
        var entityMembers = DtoPlanner.PlanMembers(shape.Entity, new FactLookup(shape.Entity, facts), []);
        var byName = entityMembers.ToDictionary(m => m.Name, StringComparer.Ordinal);
        foreach (var member in shape.Members)
        {
            if (Problem(shape, member, byName, facts) is { } problem)
            {
                problems.Add(problem);
            }
        }

        var secrets = entityMembers.Where(m => m.Secret is not null && m.Excluded is null && !m.IsNavigation).Select(m => m.Name).ToArray();
        return new ShapePlanResult(new ShapeModel(shape, new EquatableArray<string>(secrets)), problems);
    }

    private static PlanProblem? Problem(ShapeDeclaration shape, ShapeMemberDeclaration member, Dictionary<string, MemberPlan> entityMembers, EquatableArray<ModelFact> facts)
    {
        PlanProblem Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, params object?[] arguments) =>
            new(descriptor, member.DisplayName, [shape.Name, member.DisplayName, .. arguments]);

        if (member.Binding == ShapeBinding.None)
        {
            return Report(
                DiagnosticDescriptors.ReadShapeMemberUnbound,
                "'" + shape.Entity.Name + "' has no member '" + member.DisplayName + "', no path of references that spells it, and no collection to count by that name");
        }

        for (var i = 0; i < member.Path.Count; i++)
        {
            var step = member.Path[i];
            var plan = i == 0 && entityMembers.TryGetValue(step.Member.DisplayName, out var own)
                ? own
                : DtoPlanner.PlanMember(step.DeclaringName, step.Member, new FactLookup(step.DeclaringChainKeys, facts));
            var name = step.DeclaringName + "." + step.Member.DisplayName;
            if (plan.Secret is { } secret)
            {
                return Report(DiagnosticDescriptors.ReadShapeReadsSecret, name, secret);
            }

            var isLast = i == member.Path.Count - 1;
            if (!isLast && !plan.IsNavigation && !(plan.IsValueObject && plan.Excluded is null))
            {
                return Report(DiagnosticDescriptors.ReadShapeMemberUnbound, "the path goes through '" + name + "', which is neither a navigation nor an owned value EF Core maps" + Because(plan));
            }

            if (!isLast)
            {
                continue;
            }

            switch (member.Binding)
            {
                case ShapeBinding.Value when plan.IsNavigation:
                    var target = step.Member.TargetName;
                    return Report(DiagnosticDescriptors.ReadShapeMemberIncompatible, "'" + name + "' is a navigation: declare the member as " + target + "Read, a shape of " + target + ", or a list of them");
                case ShapeBinding.Value when plan.Excluded is { } excluded:
                    return Report(DiagnosticDescriptors.ReadShapeMemberUnbound, "'" + name + "' is in no DTO: " + excluded);
                case ShapeBinding.Count or ShapeBinding.NestedReference or ShapeBinding.NestedCollection when !plan.IsNavigation:
                    return Report(
                        member.Binding == ShapeBinding.Count ? DiagnosticDescriptors.ReadShapeMemberUnbound : DiagnosticDescriptors.ReadShapeMemberIncompatible,
                        "'" + name + "' is not a navigation EF Core maps" + Because(plan));
            }
        }

        return member.Incompatibility is { } incompatibility ? Report(DiagnosticDescriptors.ReadShapeMemberIncompatible, incompatibility) : null;
    }

    private static string Because(MemberPlan plan) => plan.Excluded is { } excluded ? " (" + excluded + ")" : string.Empty;
}
