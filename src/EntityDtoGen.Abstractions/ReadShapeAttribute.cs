using System;

namespace EntityDtoGen;

/// <summary>
/// Makes this <c>partial record</c> a further read shape of <see cref="Entity"/>: you declare its members, the generator
/// binds each by name to an entity member, a flattened path through references (<c>CoachDisplayName</c>:
/// <c>Coach.DisplayName</c>), a collection's count (<c>AssessmentsCount</c>) or a nested Read DTO or shape, and generates
/// <c>Projection</c>, <c>To{Shape}(this E)</c> and <c>Select{Shape}(this IQueryable&lt;E&gt;)</c>. A member that would read
/// a secret, that binds to nothing, or whose type does not fit is a compile error.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ReadShapeAttribute : Attribute
{
    /// <summary>Declares a read shape of <paramref name="entity"/>.</summary>
    /// <param name="entity">The entity class the shape reads.</param>
    public ReadShapeAttribute(Type entity) => Entity = entity;

    /// <summary>The entity class the shape reads.</summary>
    public Type Entity { get; }
}
