namespace EntityDtoGen.Model;

/// <summary>An entity member that the generated <c>ToEntity</c> sets by calling the user's <c>Create{Member}(source)</c> method.</summary>
/// <param name="MemberName">The entity member, keyword-escaped.</param>
/// <param name="MethodName">The user's supplier method.</param>
internal readonly record struct SupplierModel(string MemberName, string MethodName);

/// <summary>One argument of the constructor <c>ToEntity</c> calls, passed by name.</summary>
/// <param name="Parameter">The parameter name, keyword-escaped.</param>
/// <param name="Member">The Create member passed, or null when a supplier provides the value.</param>
/// <param name="Supplier">The user's <c>Create{Member}</c> method that provides the value, or null.</param>
internal readonly record struct ConstructorArgumentModel(string Parameter, string? Member, string? Supplier);
