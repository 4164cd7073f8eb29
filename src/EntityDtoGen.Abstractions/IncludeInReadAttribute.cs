using System;

namespace EntityDtoGen;

/// <summary>
/// Carries this navigation into the Read DTO: a reference becomes the target's Read DTO, a collection an
/// <c>IReadOnlyList</c> of it. The target type needs <see cref="GenerateDtosAttribute"/> with <see cref="DtoKinds.Read"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class IncludeInReadAttribute : Attribute
{
}
