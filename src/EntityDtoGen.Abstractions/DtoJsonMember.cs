using System;
using System.ComponentModel;

namespace EntityDtoGen;

/// <summary>How generated JSON metadata treats one DTO member. For generated code.</summary>
[Flags]
[EditorBrowsable(EditorBrowsableState.Never)]
public enum DtoJsonMember
{
    /// <summary>Set through its setter after the object is created, or, without one, only written.</summary>
    None = 0,

    /// <summary>Set only in the object initializer the metadata's creator runs (an <c>init</c> member).</summary>
    Init = 1,

    /// <summary>Must be present in the JSON (<c>required</c> or <c>[JsonRequired]</c>).</summary>
    Required = 2,

    /// <summary>For an <see cref="Init"/> member: its type holds null (a nullable reference or <c>Nullable&lt;T&gt;</c>).</summary>
    Nullable = 4,

    /// <summary>For an <see cref="Init"/> member: the JSON leaving it out keeps the constant initializer given as the default value.</summary>
    HasDefault = 8,
}
