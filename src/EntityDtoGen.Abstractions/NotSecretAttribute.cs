using System;

namespace EntityDtoGen;

/// <summary>
/// The property is not a secret although its name says it holds a credential (<c>PasswordChangedAt</c>,
/// <c>ApiKeyId</c>, …) or ASP.NET Core Identity treats it as one: the DTOs carry it like any other property.
/// </summary>
/// <remarks>It does not override an explicit <see cref="SecretAttribute"/>.</remarks>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class NotSecretAttribute : Attribute
{
}
