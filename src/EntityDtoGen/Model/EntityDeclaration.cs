namespace EntityDtoGen.Model;

/// <summary>
/// Everything a <c>[GenerateDtos]</c> entity declares, read from the entity alone (its own and its base classes'
/// members, markers, constructors and accessor bodies), as plain values. The EF Core configuration, which lives in
/// other files, comes in separately as <see cref="ModelFact"/>s; <see cref="Planning.DtoPlanner"/> joins the two.
/// </summary>
/// <param name="Namespace">The entity's namespace as written in a namespace declaration, or empty for the global namespace.</param>
/// <param name="Name">The entity's simple name, unescaped.</param>
/// <param name="FullyQualifiedName">The entity type as <c>global::</c>-qualified C#.</param>
/// <param name="HintNamePrefix">A file-name-safe form of the entity's metadata name, unique per entity.</param>
/// <param name="Accessibility">The C# accessibility keyword the generated types get.</param>
/// <param name="RequestedKinds">The kinds <c>[GenerateDtos]</c> asks for.</param>
/// <param name="ChainKeys">The keys of the entity, its base classes and interfaces: configuration about any of them applies.</param>
/// <param name="FactKeys">Every type key whose configuration can change the outcome (the chain, member types, include path types).</param>
/// <param name="Members">Instance properties from the base-most class down.</param>
/// <param name="Fields">Public settable instance fields.</param>
/// <param name="PrimaryKey">The names in <c>[PrimaryKey]</c>, or empty.</param>
/// <param name="UniqueIndexes">Each <c>[Index(…, IsUnique = true)]</c> of the entity, its member names joined by commas.</param>
/// <param name="Constructors">Public and internal instance constructors.</param>
/// <param name="SupplierMethods">Names of the <c>Create{Member}(source)</c> methods in the user's partial <c>{Entity}DtoMappings</c>.</param>
/// <param name="UserMembers">Members of the user's own DTO parts that hold a <c>[Secret]</c> member.</param>
/// <param name="UserParts">The kinds the user wrote a partial part of, which their code therefore names.</param>
/// <param name="IncludePaths">Candidate include paths, before the configuration says which steps are navigations.</param>
internal readonly record struct EntityDeclaration(
    string Namespace,
    string Name,
    string FullyQualifiedName,
    string HintNamePrefix,
    string Accessibility,
    GeneratedKinds RequestedKinds,
    EquatableArray<string> ChainKeys,
    EquatableArray<string> FactKeys,
    EquatableArray<MemberDeclaration> Members,
    EquatableArray<FieldDeclaration> Fields,
    EquatableArray<string> PrimaryKey,
    EquatableArray<string> UniqueIndexes,
    EquatableArray<ConstructorDeclaration> Constructors,
    EquatableArray<string> SupplierMethods,
    EquatableArray<UserMemberModel> UserMembers,
    GeneratedKinds UserParts,
    EquatableArray<IncludePathCandidate> IncludePaths);
