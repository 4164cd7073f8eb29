using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Model;

namespace EntityDtoGen.Planning;

/// <summary>Answers "what does the configuration say about this member or type" for one entity.</summary>
internal sealed class FactLookup
{
    private readonly HashSet<string> _chain;
    private readonly ILookup<string, ModelFact> _byMember;
    private readonly ILookup<string, ModelFact> _byType;

    public FactLookup(EntityDeclaration entity, EquatableArray<ModelFact> facts)
        : this(entity.ChainKeys, facts)
    {
    }

    /// <param name="chainKeys">The keys of the class whose members are looked up, its base classes and interfaces.</param>
    /// <param name="facts">The facts about them.</param>
    public FactLookup(EquatableArray<string> chainKeys, EquatableArray<ModelFact> facts)
    {
        _chain = new HashSet<string>(chainKeys) { FactIndex.AnyEntity };
        _byMember = facts.Where(f => f.Member.Length > 0).ToLookup(f => f.Member);
        _byType = facts.Where(f => f.Member.Length == 0).ToLookup(f => f.TypeKey);
    }

    /// <summary>A fact of this kind about the entity's member (configured on the entity, a base class or an interface).</summary>
    public ModelFact? Member(string member, FactKind kind) => Member(member, kind, _chain);

    /// <summary>A fact of this kind about a member of another type (a step of an include path).</summary>
    public ModelFact? Member(string declaringTypeKey, string member, FactKind kind) =>
        Member(member, kind, new HashSet<string> { declaringTypeKey });

    public bool Type(string? typeKey, FactKind kind) => typeKey is not null && _byType[typeKey].Any(f => f.Kind == kind);

    /// <summary>Any configuration that names the member maps it explicitly.</summary>
    public bool IsConfigured(string member) =>
        _byMember[member].Any(f => _chain.Contains(f.TypeKey) && f.Kind is FactKind.Mapped or FactKind.Key or FactKind.Owned or FactKind.Converted or FactKind.ValueGenerated or FactKind.ValueGeneratedNever or FactKind.Navigation);

    /// <summary>The unique indexes configured for the entity, each its member names joined by commas.</summary>
    public IEnumerable<string> UniqueIndexes => _byMember.SelectMany(g => g).Where(f => f.Kind == FactKind.UniqueIndex && _chain.Contains(f.TypeKey)).Select(f => f.Member).Distinct();

    public IEnumerable<string> Keys => _byMember.SelectMany(g => g).Where(f => f.Kind == FactKind.Key && _chain.Contains(f.TypeKey)).Select(f => f.Member).Distinct();

    private ModelFact? Member(string member, FactKind kind, HashSet<string> types)
    {
        foreach (var fact in _byMember[member])
        {
            if (fact.Kind == kind && types.Contains(fact.TypeKey))
            {
                return fact;
            }
        }

        return null;
    }
}
