using System;

namespace EntityDtoGen;

/// <summary>
/// Keeps the property out of every generated DTO: no generated mapping or projection reads it, so its column
/// never appears in SQL produced by <c>SelectRead</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class SecretAttribute : Attribute
{
}
