namespace EntityDtoGen.Model;

/// <summary>
/// One DTO kind as data: its flag, the suffix of its type and file, why it would be empty, and the member names its
/// generated type already uses. Code that treats every kind alike walks <see cref="All"/>; adding a kind means a row
/// here, a flag in <see cref="GeneratedKinds"/>, its emitter in <c>Emitting.DtoEmitters</c> and its membership rule in
/// the planner.
/// </summary>
/// <param name="Kind">The flag in <see cref="GeneratedKinds"/>.</param>
/// <param name="Suffix">Appended to the entity name for the type (<c>UserCreate</c>) and to the hint name prefix for the file.</param>
/// <param name="EmptyReason">What EDG012 says when no member reaches the DTO.</param>
/// <param name="ReservedMembers">Member names the generated type declares itself, with what EDG008 says about a property of that name.</param>
internal sealed record DtoKind(GeneratedKinds Kind, string Suffix, string EmptyReason, (string Name, string Reason)[] ReservedMembers)
{
    public static readonly DtoKind Create = new(GeneratedKinds.Create, "Create", "no property can be client input when creating it", []);

    public static readonly DtoKind Read = new(GeneratedKinds.Read, "Read", "no property can be shown to a client", [("Projection", "the Read DTO's static Projection has that name"), ("BuildProjection", "the Read DTO's BuildProjection method has that name")]);

    public static readonly DtoKind Update = new(GeneratedKinds.Update, "Update", "no property has a public setter and may be changed by a client", [("OnValidate", "the Update DTO's OnValidate hook has that name")]);

    /// <summary>Every kind, in the order files and diagnostics are produced.</summary>
    public static readonly DtoKind[] All = [Create, Read, Update];

    public string HintSuffix => "." + Suffix + ".g.cs";

    public string NameFor(string entityName) => entityName + Suffix;
}
