using System;

namespace EntityDtoGen;

/// <summary>
/// Generates the DTOs, mappings, include helpers and shapes of <see cref="Entity"/> in this project although the entity
/// is declared in a referenced assembly (an Application project over a Domain project). The entity's markers and
/// validation attributes are read from metadata, and its EF Core configuration when that is in this project.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class GenerateDtosForAttribute : Attribute
{
    /// <summary>Generates DTOs for <paramref name="entity"/>.</summary>
    /// <param name="entity">An entity class of a referenced assembly.</param>
    public GenerateDtosForAttribute(Type entity) => Entity = entity;

    /// <summary>The entity class.</summary>
    public Type Entity { get; }

    /// <summary>The namespace of the generated types; by default the entity's own.</summary>
    public string? Namespace { get; set; }

    /// <summary>Which DTOs to generate. Defaults to <see cref="DtoKinds.All"/>.</summary>
    public DtoKinds Kinds { get; set; } = DtoKinds.All;
}
