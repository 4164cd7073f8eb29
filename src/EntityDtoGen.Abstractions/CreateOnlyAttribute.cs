using System;

namespace EntityDtoGen;

/// <summary>The property can be set when the entity is created but not changed afterwards: it is in Create and Read, not in Update.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class CreateOnlyAttribute : Attribute
{
}
