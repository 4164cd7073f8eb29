namespace EntityDtoGen.Model;

/// <summary>Everything the emitters need to know about one <c>[GenerateDtos]</c> entity, as plain values.</summary>
/// <param name="Namespace">The entity's namespace as written in a namespace declaration, or empty for the global namespace.</param>
/// <param name="Name">The entity's simple name, unescaped (generated names are built from it).</param>
/// <param name="FullyQualifiedName">The entity type as <c>global::</c>-qualified C#.</param>
/// <param name="HintNamePrefix">A file-name-safe form of the entity's metadata name, unique per entity.</param>
/// <param name="Accessibility">The C# accessibility keyword the generated types get.</param>
/// <param name="Kinds">Which DTOs to generate: those requested, less any that would be empty or that no constructor can serve.</param>
/// <param name="Properties">The entity's scalar and value properties that reach at least one DTO, base class members first.</param>
/// <param name="Navigations">The entity's navigations (whether or not they reach a DTO).</param>
/// <param name="Suppliers">Members that Create does not carry but that a user-written <c>Create{Member}</c> method supplies.</param>
/// <param name="UserMembers">Members of the user's own DTO parts that hold a <c>[Secret]</c> member, for a masking <c>ToString()</c>.</param>
/// <param name="IncludePaths">Every dotted navigation path of depth 3 or less that never continues from a type already on it.</param>
/// <param name="ConstructorArguments">The arguments of the constructor <c>ToEntity</c> calls; empty for the parameterless one.</param>
/// <param name="SecretMembers">The names of the entity's secret properties, which <c>DtoModelCheck</c> keeps out of every projection.</param>
/// <param name="ConflictTarget">The members <c>UpsertAsync</c> conflicts on (the key or a unique index Create carries), or empty for no <c>UpsertAsync</c>.</param>
internal readonly record struct EntityModel(
    string Namespace,
    string Name,
    string FullyQualifiedName,
    string HintNamePrefix,
    string Accessibility,
    GeneratedKinds Kinds,
    EquatableArray<PropertyModel> Properties,
    EquatableArray<NavigationModel> Navigations,
    EquatableArray<SupplierModel> Suppliers,
    EquatableArray<UserMemberModel> UserMembers,
    EquatableArray<IncludePathModel> IncludePaths,
    EquatableArray<ConstructorArgumentModel> ConstructorArguments,
    EquatableArray<string> SecretMembers,
    EquatableArray<string> ConflictTarget)
{
    public string CreateName => DtoKind.Create.NameFor(Name);

    public string ReadName => DtoKind.Read.NameFor(Name);

    public string UpdateName => DtoKind.Update.NameFor(Name);

    public string MappingsName => Name + "DtoMappings";

    public string IncludesName => Name + "Includes";

    public string QualifiedName(string generatedName) =>
        Namespace.Length == 0 ? "global::" + generatedName : "global::" + Namespace + "." + generatedName;

    public bool Has(GeneratedKinds kind) => (Kinds & kind) == kind;

    public bool Has(DtoKind kind) => Has(kind.Kind);
}
