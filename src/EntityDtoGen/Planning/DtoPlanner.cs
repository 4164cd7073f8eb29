using System;
using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Diagnostics;
using EntityDtoGen.Model;

namespace EntityDtoGen.Planning;

/// <summary>The plan for one entity: the model the emitters write, and the problems found on the way.</summary>
internal readonly record struct PlanResult(EntityModel Model, IReadOnlyList<PlanProblem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);
}

/// <summary>
/// Applies SPEC "Which property goes where" and "What the generator reads" to an entity's declaration and the EF Core
/// configuration read from the rest of the compilation. Pure: the generator runs it in its pipeline, the analyzer to
/// report its problems at their locations.
/// </summary>
internal static class DtoPlanner
{
    public static PlanResult Plan(EntityDeclaration entity, EquatableArray<ModelFact> facts)
    {
        var problems = new List<PlanProblem>();
        var lookup = new FactLookup(entity, facts);
        var members = PlanMembers(entity, lookup, problems);
        var byName = members.ToDictionary(m => m.Name, StringComparer.Ordinal);

        var kinds = entity.RequestedKinds;
        foreach (var member in members.Where(m => m.IsValue && m.Secret is null))
        {
            member.InRead = (kinds & GeneratedKinds.Read) != 0;
            member.InUpdate = (kinds & GeneratedKinds.Update) != 0
                && member.ServerManaged is null
                && member.Declaration.Setter == SetterKind.Public
                && !member.Declaration.Markers.CreateOnly
                && !member.IsClientKey;
        }

        var constructor = default(ConstructorChoice);
        var suppliers = new List<SupplierModel>();
        var createBlocked = (string?)null;
        if ((kinds & GeneratedKinds.Create) != 0)
        {
            constructor = ConstructorBinder.Choose(entity, byName);
            if (constructor is { Constructor: { } chosen, Arguments: { } arguments })
            {
                CreateRules.Apply(entity, members, chosen, arguments);
                suppliers = CreateRules.Suppliers(entity, members, chosen, arguments, problems);
            }
            else
            {
                createBlocked = constructor.WhyNone;
            }
        }

        var navigations = Navigations(entity, members);
        var served = ServedKinds(entity, members, navigations, createBlocked, problems);
        PlanChecks.Report(entity, members, served, navigations, problems);

        var model = new EntityModel(
            entity.Namespace,
            entity.Name,
            entity.FullyQualifiedName,
            entity.HintNamePrefix,
            entity.Accessibility,
            served,
            new EquatableArray<PropertyModel>(members.Where(m => m.InCreate || m.InRead || m.InUpdate).Select(m => ToModel(m, served)).ToArray()),
            new EquatableArray<NavigationModel>(navigations.ToArray()),
            new EquatableArray<SupplierModel>((served & GeneratedKinds.Create) != 0 ? suppliers.ToArray() : []),
            entity.UserMembers,
            IncludePathFilter.Apply(entity, lookup),
            new EquatableArray<ConstructorArgumentModel>(constructor.Arguments?.ToArray() ?? []),
            new EquatableArray<string>(members.Where(m => m.Secret is not null && m.Excluded is null && !m.IsNavigation).Select(m => m.Name).ToArray()),
            UpsertRules.ConflictTarget(entity, members, lookup, served));
        return new PlanResult(model, problems);
    }

    /// <summary>What each member of the entity is: excluded, a navigation or a value; its key, secret and server-managed status.</summary>
    public static List<MemberPlan> PlanMembers(EntityDeclaration entity, FactLookup lookup, List<PlanProblem> problems)
    {
        var members = entity.Members.Select(m => new MemberPlan(m)).ToList();
        var byName = members.ToDictionary(m => m.Name, StringComparer.Ordinal);
        foreach (var member in members)
        {
            Classify(entity.Name, member, byName, lookup, problems);
        }

        KeyRules.Apply(entity, members, lookup);
        foreach (var member in members)
        {
            DecideSecretAndServerManaged(member, lookup);
        }

        return members;
    }

    /// <summary>What one member of some class is, for a path that passes through it (no key rules, no problems reported).</summary>
    public static MemberPlan PlanMember(string typeName, MemberDeclaration member, FactLookup lookup)
    {
        var plan = new MemberPlan(member);
        Classify(typeName, plan, new Dictionary<string, MemberPlan> { [plan.Name] = plan }, lookup, []);
        DecideSecretAndServerManaged(plan, lookup);
        return plan;
    }

    /// <summary>Excluded, navigation or value, by the declaration and the configuration.</summary>
    private static void Classify(string entityName, MemberPlan member, Dictionary<string, MemberPlan> byName, FactLookup facts, List<PlanProblem> problems)
    {
        var declaration = member.Declaration;
        if (declaration.Exclusion is { } exclusion)
        {
            member.Excluded = exclusion;
            return;
        }

        if (facts.Member(member.Name, FactKind.Ignored) is { } ignored)
        {
            member.Excluded = "the property is ignored in " + ignored.Source;
            return;
        }

        switch (declaration.Shape)
        {
            case MemberShape.ValueObject:
                member.IsValueObject = true;
                break;
            case MemberShape.Reference or MemberShape.Collection:
                ClassifyClassTyped(entityName, member, facts, problems);
                break;
        }

        if (member.Excluded is not null || member.IsNavigation)
        {
            return;
        }

        if (declaration.Setter == SetterKind.None && !facts.IsConfigured(member.Name))
        {
            // EF Core maps a property without a setter only when the configuration names it.
            member.Excluded = "EF Core maps no property without a setter unless the configuration names it";
            return;
        }

        if (declaration.WrappedMember is { } wrapped && byName.TryGetValue(wrapped, out var other) && other.Declaration.Exclusion is null
            && facts.Member(member.Name, FactKind.Mapped) is null)
        {
            member.Excluded = "it stands in for '" + wrapped + "', which carries the value";
            return;
        }

        if (declaration.ValueObjectSecret is { } secret && !declaration.Markers.NotSecret)
        {
            member.Excluded = "its value type '" + declaration.TargetName + "' has the secret member '" + secret + "', and an owned or complex value is carried whole";
            problems.Add(new PlanProblem(DiagnosticDescriptors.MemberLeftOut, member.Name, [entityName, member.Name, member.Excluded]));
        }
    }

    /// <summary>
    /// A class-typed member is a navigation only when its type is an entity; owned, complex and converted members are
    /// values; anything else cannot be placed safely and is left out with a warning.
    /// </summary>
    private static void ClassifyClassTyped(string entityName, MemberPlan member, FactLookup facts, List<PlanProblem> problems)
    {
        var declaration = member.Declaration;
        var target = declaration.TargetTypeKey;
        if (facts.Type(target, FactKind.IgnoredType))
        {
            member.Excluded = "its type '" + declaration.TargetName + "' is ignored in the EF Core model";
            return;
        }

        if (facts.Member(member.Name, FactKind.Owned) is not null || facts.Type(target, FactKind.OwnedType))
        {
            member.IsValueObject = declaration.Shape == MemberShape.Reference;
            return;
        }

        if (facts.Member(member.Name, FactKind.Converted) is not null || facts.Type(target, FactKind.ScalarType))
        {
            return;
        }

        if (declaration.TargetIsEntity || declaration.IsFieldBackedCollection || facts.Type(target, FactKind.Entity) || facts.Member(member.Name, FactKind.Navigation) is not null)
        {
            member.IsNavigation = true;
            return;
        }

        member.Excluded = "its type '" + declaration.TargetName + "' is neither an entity nor a value EF Core maps by itself; mark the type [Owned] or [ComplexType], or configure the property (OwnsOne, ComplexProperty, HasConversion) where the generator can read it";
        problems.Add(new PlanProblem(DiagnosticDescriptors.MemberLeftOut, member.Name, [entityName, member.Name, member.Excluded]));
    }

    private static void DecideSecretAndServerManaged(MemberPlan member, FactLookup facts)
    {
        var declaration = member.Declaration;
        var markers = declaration.Markers;
        if (markers.Secret)
        {
            member.Secret = "[Secret]";
        }
        else if (!markers.NotSecret && !member.IsKey && !member.IsNavigation)
        {
            member.Secret = declaration.Identity == IdentityRole.Secret ? "ASP.NET Core Identity keeps it secret"
                : declaration.SensitiveWord is { } word ? "its name contains '" + word + "'"
                : null;
        }

        if (!member.IsValue)
        {
            return;
        }

        var managed = facts.Member(member.Name, FactKind.ServerManaged) is { } assigned ? "server-managed (assigned in " + assigned.Source + ")"
            : declaration.Identity == IdentityRole.Managed ? "server-managed (ASP.NET Core Identity manages it)"
            : declaration.IsAuditName ? "server-managed (its name is in the audit list)"
            : null;
        member.ServerManaged =
            markers.ServerGenerated || markers.Timestamp || markers.DatabaseGenerated is DatabaseGeneratedOption.Identity or DatabaseGeneratedOption.Computed
                || (member.IsKey && !member.IsClientKey)
                ? "server-generated"
            : facts.Member(member.Name, FactKind.ValueGenerated) is { } generated ? "server-generated (configured in " + generated.Source + ")"
            : markers.ClientWritable ? null
            : managed;
        member.KeptClientWritable = markers.ClientWritable && member.ServerManaged is null && managed is not null;
    }

    private static List<NavigationModel> Navigations(EntityDeclaration entity, List<MemberPlan> members)
    {
        var result = new List<NavigationModel>();
        foreach (var member in members.Where(m => m.IsNavigation))
        {
            var declaration = member.Declaration;
            result.Add(new NavigationModel(
                declaration.Name,
                declaration.DisplayName,
                declaration.Type,
                declaration.TargetType!,
                declaration.TargetGeneratedPrefix!,
                declaration.Shape == MemberShape.Collection,
                !declaration.IsNonNullable,
                declaration.Markers.IncludeInRead && !declaration.Markers.Secret && (entity.RequestedKinds & GeneratedKinds.Read) != 0));
        }

        return result;
    }

    /// <summary>The requested kinds less those that would be empty or that no constructor serves (EDG012, EDG013); EDG001 when none is left.</summary>
    private static GeneratedKinds ServedKinds(EntityDeclaration entity, List<MemberPlan> members, List<NavigationModel> navigations, string? createBlocked, List<PlanProblem> problems)
    {
        var served = GeneratedKinds.None;
        var notServed = new List<(DtoKind Kind, PlanProblem Problem)>();
        foreach (var kind in DtoKind.All)
        {
            if ((entity.RequestedKinds & kind.Kind) == 0)
            {
                continue;
            }

            // The user's code names the DTO (a partial part, or a supplier taking the Create DTO): generate it even if empty.
            var namedByUser = (entity.UserParts & kind.Kind) != 0 || (kind == DtoKind.Create && entity.SupplierMethods.Count > 0);
            var carriesSomething = members.Any(m => m.Carries(kind)) || (kind == DtoKind.Read && navigations.Any(n => n.IncludeInRead));
            var reason = kind == DtoKind.Create && createBlocked is not null ? createBlocked
                : namedByUser || carriesSomething ? null
                : kind.EmptyReason;
            if (reason is null)
            {
                served |= kind.Kind;
                continue;
            }

            var descriptor = kind == DtoKind.Create && createBlocked is not null ? DiagnosticDescriptors.NoBindableConstructor : DiagnosticDescriptors.EmptyDto;
            notServed.Add((kind, new PlanProblem(descriptor, null, [entity.Name, kind.NameFor(entity.Name), reason])));
        }

        if (served == GeneratedKinds.None && notServed.Count > 0)
        {
            var reasons = string.Join("; ", notServed.Select(n => n.Kind.NameFor(entity.Name) + ": " + n.Problem.Arguments[2]));
            problems.Add(new PlanProblem(DiagnosticDescriptors.UnsupportedEntityType, null, [entity.Name, "no DTO kind can be served (" + reasons + ")"]));
        }
        else
        {
            problems.AddRange(notServed.Select(n => n.Problem));
        }

        foreach (var member in members)
        {
            member.Carried &= served;
        }

        return served;
    }

    private static PropertyModel ToModel(MemberPlan member, GeneratedKinds served)
    {
        var declaration = member.Declaration;
        var keepsDefault = member.InCreate && member.CreateBinding == CreateBinding.KeepEntityDefault;
        return new PropertyModel(
            declaration.Name,
            declaration.DisplayName,
            declaration.Type,
            declaration.IsNonNullable,
            declaration.IsReferenceType,
            member.Carried,
            member.RequiredInCreate,
            member.CreateDefault,
            member.CreateBinding,
            keepsDefault ? declaration.NullableType : declaration.Type,
            declaration.ValidationAttributes,
            declaration.Documentation,
            member.IsValueObject,
            declaration.JsonTypes,
            member.IsValueObject ? declaration.ValueType : null,
            member.IsValueObject ? declaration.ValueMembers : EquatableArray<string>.Empty);
    }
}
