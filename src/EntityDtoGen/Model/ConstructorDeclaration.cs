namespace EntityDtoGen.Model;

/// <summary>A constructor parameter and the property EF Core (and <c>ToEntity</c>) would bind it to.</summary>
/// <param name="Name">The parameter name, keyword-escaped where needed.</param>
/// <param name="DisplayName">The parameter name as written.</param>
/// <param name="Member">The property it binds to by name (ignoring case) with a compatible type, or null (also for a <c>ref</c> or <c>out</c> parameter).</param>
/// <param name="NameMatchesMember">A property of that name exists (whether or not its type fits).</param>
/// <param name="IsOptional">It has a default value, or is a <c>params</c> array: a call may leave it out.</param>
/// <param name="DefaultValue">The default value as C#, when optional.</param>
internal readonly record struct ParameterDeclaration(
    string Name,
    string DisplayName,
    string? Member,
    bool NameMatchesMember,
    bool IsOptional,
    string? DefaultValue);

/// <summary>A property a constructor assigns a value of its own to (not one of its parameters).</summary>
/// <param name="Member">The property name.</param>
/// <param name="Value">The assigned value as C# when a Create member can repeat it (a constant), otherwise null.</param>
internal readonly record struct AssignedDefault(string Member, string? Value);

/// <summary>A public (or internal) instance constructor of the entity.</summary>
/// <param name="Signature">How it reads in messages, e.g. <c>Order(string userId, Address address)</c>.</param>
/// <param name="Parameters">Its parameters in order.</param>
/// <param name="Assigned">The properties its body (and the constructors it chains to) assign values of their own.</param>
/// <param name="SetsRequiredMembers">Marked <c>[SetsRequiredMembers]</c>.</param>
internal readonly record struct ConstructorDeclaration(
    string Signature,
    EquatableArray<ParameterDeclaration> Parameters,
    EquatableArray<AssignedDefault> Assigned,
    bool SetsRequiredMembers);

/// <summary>A public settable instance field, which only a <c>Create{Field}</c> supplier can fill.</summary>
internal readonly record struct FieldDeclaration(string Name, bool IsRequired);
