using System;

namespace EntityDtoGen;

/// <summary>
/// The client may set this property although the generator would treat it as server-managed: its name is in the
/// built-in audit list (<c>CreatedAt</c>, <c>LastModifiedBy</c>, …), ASP.NET Core Identity manages it, or a
/// <c>SaveChanges</c> override or <c>SaveChangesInterceptor</c> assigns it. It stays in Create and Update.
/// </summary>
/// <remarks>
/// It does not override <see cref="ServerGeneratedAttribute"/>, keys or database-generated values: those are never
/// client input.
/// </remarks>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class ClientWritableAttribute : Attribute
{
}
