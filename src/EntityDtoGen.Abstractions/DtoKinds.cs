using System;

namespace EntityDtoGen;

/// <summary>The DTO kinds that <see cref="GenerateDtosAttribute"/> generates for an entity.</summary>
[Flags]
public enum DtoKinds
{
    /// <summary>No DTO; mappings and projections that need a DTO are not generated either.</summary>
    None = 0,

    /// <summary><c>{Entity}Create</c> and the <c>ToEntity</c> mapping.</summary>
    Create = 1,

    /// <summary><c>{Entity}Read</c>, its <c>Projection</c>, and the <c>ToRead</c> and <c>SelectRead</c> mappings.</summary>
    Read = 2,

    /// <summary><c>{Entity}Update</c> and the <c>ApplyTo</c> mapping.</summary>
    Update = 4,

    /// <summary>Create, Read and Update.</summary>
    All = Create | Read | Update,
}
