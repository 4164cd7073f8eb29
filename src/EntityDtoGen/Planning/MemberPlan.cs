using EntityDtoGen.Model;

namespace EntityDtoGen.Planning;

/// <summary>What the DTO rules decide for one member, built up step by step by <see cref="DtoPlanner"/>.</summary>
internal sealed class MemberPlan(MemberDeclaration declaration)
{
    public MemberDeclaration Declaration { get; } = declaration;

    public string Name => Declaration.DisplayName;

    /// <summary>Why no DTO carries it, or null.</summary>
    public string? Excluded { get; set; }

    public bool IsNavigation { get; set; }

    public bool IsValueObject { get; set; }

    public bool IsKey { get; set; }

    /// <summary>A key the client supplies: a composite key part, or a key EF Core never generates.</summary>
    public bool IsClientKey { get; set; }

    public bool IsCompositeKeyPart { get; set; }

    /// <summary>Why it is secret, or null.</summary>
    public string? Secret { get; set; }

    /// <summary>Why the server sets it (Read only), or null.</summary>
    public string? ServerManaged { get; set; }

    /// <summary><c>[ClientWritable]</c> kept it client input that a convention or an assignment would have made server-managed.</summary>
    public bool KeptClientWritable { get; set; }

    public bool IsValue => Excluded is null && !IsNavigation;

    /// <summary>A value the client may send when creating the entity, if a setter or a constructor parameter takes it.</summary>
    public bool IsCreateCandidate => IsValue && Secret is null && ServerManaged is null;

    /// <summary>The DTO kinds that carry the member.</summary>
    public GeneratedKinds Carried { get; set; }

    public bool InCreate
    {
        get => Carries(DtoKind.Create);
        set => Carry(DtoKind.Create, value);
    }

    public bool InRead
    {
        get => Carries(DtoKind.Read);
        set => Carry(DtoKind.Read, value);
    }

    public bool InUpdate
    {
        get => Carries(DtoKind.Update);
        set => Carry(DtoKind.Update, value);
    }

    public bool Carries(DtoKind kind) => (Carried & kind.Kind) != 0;

    public void Carry(DtoKind kind, bool carried) => Carried = carried ? Carried | kind.Kind : Carried & ~kind.Kind;

    public CreateBinding CreateBinding { get; set; }

    public bool RequiredInCreate { get; set; }

    public string? CreateDefault { get; set; }

    /// <summary>The reason Create does not carry it, for EDG006.</summary>
    public string WhyNotInCreate =>
        Declaration.Markers.Secret ? "it is [Secret]"
        : Secret is not null ? "it is secret: " + Secret
        : Declaration.Markers.NotMapped ? "it is [NotMapped]"
        : IsNavigation ? "it is a navigation"
        : Excluded is not null ? Excluded
        : ServerManaged is not null ? "it is " + ServerManaged
        : "it has no public setter and no constructor parameter takes it";
}
