using System.Linq;
using EntityDtoGen.Model;

namespace EntityDtoGen.Planning;

/// <summary>Keeps the include path candidates whose every step EF Core maps as a navigation.</summary>
internal static class IncludePathFilter
{
    public static EquatableArray<IncludePathModel> Apply(EntityDeclaration entity, FactLookup facts) =>
        new(entity.IncludePaths
            .Where(path => path.Steps.Select((step, i) => IsNavigation(step, i == 0, facts)).All(isNavigation => isNavigation))
            .Select(path => new IncludePathModel(path.Path, path.AppliedPath))
            .ToArray());

    /// <summary>The same rule as for the entity's own members: an entity target, unless the configuration makes it a value.</summary>
    private static bool IsNavigation(NavigationStep step, bool fromRoot, FactLookup facts)
    {
        ModelFact? MemberFact(FactKind kind) => fromRoot ? facts.Member(step.Member, kind) : facts.Member(step.DeclaringTypeKey, step.Member, kind);

        if (MemberFact(FactKind.Ignored) is not null || MemberFact(FactKind.Owned) is not null || MemberFact(FactKind.Converted) is not null
            || facts.Type(step.TargetTypeKey, FactKind.OwnedType) || facts.Type(step.TargetTypeKey, FactKind.ScalarType) || facts.Type(step.TargetTypeKey, FactKind.IgnoredType))
        {
            return false;
        }

        return step.TargetIsEntity || facts.Type(step.TargetTypeKey, FactKind.Entity) || MemberFact(FactKind.Navigation) is not null;
    }
}
