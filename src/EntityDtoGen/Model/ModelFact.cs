namespace EntityDtoGen.Model;

/// <summary>What a piece of EF Core configuration (or a <c>SaveChanges</c> assignment) says about a type or one of its members.</summary>
internal enum FactKind
{
    /// <summary>The type is an entity type: a <c>DbSet&lt;T&gt;</c>, <c>Entity&lt;T&gt;()</c>, an <c>IEntityTypeConfiguration&lt;T&gt;</c> or a relationship end.</summary>
    Entity,

    /// <summary>The type is owned or complex wherever it is used (<c>Owned&lt;T&gt;()</c>, <c>ComplexProperties&lt;T&gt;()</c>).</summary>
    OwnedType,

    /// <summary>Properties of the type are scalars (<c>Properties&lt;T&gt;()</c> in <c>ConfigureConventions</c>).</summary>
    ScalarType,

    /// <summary>The type is left out of the model (<c>Ignore&lt;T&gt;()</c>, <c>IgnoreAny&lt;T&gt;()</c>).</summary>
    IgnoredType,

    /// <summary>The member is left out of the model (<c>Ignore</c>).</summary>
    Ignored,

    /// <summary>The member is (part of) the key (<c>HasKey</c>).</summary>
    Key,

    /// <summary>The member is an owned or complex value (<c>OwnsOne</c>, <c>OwnsMany</c>, <c>ComplexProperty</c>).</summary>
    Owned,

    /// <summary>The member has a value converter (<c>HasConversion</c>): a scalar.</summary>
    Converted,

    /// <summary>The member is mapped explicitly (<c>Property</c>).</summary>
    Mapped,

    /// <summary>The member is a navigation (<c>HasOne</c>, <c>HasMany</c>, <c>WithOne</c>, <c>WithMany</c>, <c>Navigation</c>).</summary>
    Navigation,

    /// <summary>The database or EF Core generates the value (<c>ValueGeneratedOnAdd</c>, <c>HasDefaultValueSql</c>, <c>IsRowVersion</c>, …).</summary>
    ValueGenerated,

    /// <summary>The value is never generated (<c>ValueGeneratedNever</c>): on a key, the client supplies it.</summary>
    ValueGeneratedNever,

    /// <summary>A <c>SaveChanges</c> override or a <c>SaveChangesInterceptor</c> assigns the member.</summary>
    ServerManaged,

    /// <summary>The members (joined by commas) form a unique index (<c>HasIndex(…).IsUnique()</c>).</summary>
    UniqueIndex,
}

/// <summary>One fact read from configuration code in some class of the compilation.</summary>
/// <param name="TypeKey">The type the fact is about (<see cref="Parsing.TypeKeys"/>), or <c>*</c> for a member of any entity.</param>
/// <param name="Member">The member name, or empty for a fact about the type.</param>
/// <param name="Kind">What the configuration says.</param>
/// <param name="Source">The simple name of the class the fact was read from, for messages.</param>
internal readonly record struct ModelFact(string TypeKey, string Member, FactKind Kind, string Source);
