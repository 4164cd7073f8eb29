namespace EntityDtoGen.Model;

/// <summary>An entity member that the generated <c>ToEntity</c> sets by calling the user's <c>Create{Member}(source)</c> method.</summary>
/// <param name="MemberName">The entity member, keyword-escaped.</param>
/// <param name="MethodName">The user's supplier method.</param>
internal readonly record struct SupplierModel(string MemberName, string MethodName);
