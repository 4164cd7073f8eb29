using System;

namespace EntityDtoGen;

/// <summary>
/// The server sets this property: it appears in the Read DTO only, so a client has no input member to over-post into.
/// Implied for keys (<c>[Key]</c>, or <c>Id</c> / <c>{Entity}Id</c> by EF Core convention) and for
/// <c>[DatabaseGenerated(Identity)]</c> or <c>[DatabaseGenerated(Computed)]</c> properties.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class ServerGeneratedAttribute : Attribute
{
}
