using System;

namespace EntityDtoGen;

/// <summary>
/// Generates <c>{Entity}Create</c>, <c>{Entity}Read</c> and <c>{Entity}Update</c> DTOs for this entity,
/// the <c>{Entity}DtoMappings</c> extension methods between them, and the <c>{Entity}Read.Projection</c> expression.
/// </summary>
/// <remarks>
/// The attribute may be written on structs and interfaces so that the generator can explain, with diagnostic
/// EDG001, why it cannot serve them; only non-abstract, non-generic, non-static classes get code.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class GenerateDtosAttribute : Attribute
{
    /// <summary>Which DTOs to generate. Defaults to <see cref="DtoKinds.All"/>.</summary>
    public DtoKinds Kinds { get; set; } = DtoKinds.All;
}
