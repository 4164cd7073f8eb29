using System;

namespace EntityDtoGen.Model;

/// <summary>Mirror of <c>EntityDtoGen.DtoKinds</c>; the generator reads the attribute's value and never references the abstractions assembly.</summary>
[Flags]
internal enum GeneratedKinds
{
    None = 0,
    Create = 1,
    Read = 2,
    Update = 4,
    All = Create | Read | Update,
}
