using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Model;

namespace EntityDtoGen.Planning;

/// <summary>Which members <c>UpsertAsync</c> conflicts on: SPEC "Upsert".</summary>
internal static class UpsertRules
{
    /// <summary>
    /// The whole key when Create carries it, else the first unique index (<c>[Index(…, IsUnique = true)]</c>, then
    /// <c>HasIndex(…).IsUnique()</c>) whose every member Create carries; empty when there is none, and the entity then
    /// gets no <c>UpsertAsync</c>. A server-generated key is not in Create, so such an entity upserts on a unique index.
    /// </summary>
    public static EquatableArray<string> ConflictTarget(EntityDeclaration entity, List<MemberPlan> members, FactLookup facts, GeneratedKinds served)
    {
        if ((served & (GeneratedKinds.Create | GeneratedKinds.Read)) != (GeneratedKinds.Create | GeneratedKinds.Read))
        {
            return EquatableArray<string>.Empty;
        }

        var inCreate = new HashSet<string>(members.Where(m => m.InCreate && m.IsValue).Select(m => m.Name));
        var key = members.Where(m => m.IsKey).Select(m => m.Name).ToArray();
        if (key.Length > 0 && key.All(inCreate.Contains))
        {
            return new EquatableArray<string>(key);
        }

        return entity.UniqueIndexes.Concat(facts.UniqueIndexes)
            .Select(index => index.Split(','))
            .FirstOrDefault(index => index.All(inCreate.Contains)) is { } unique
            ? new EquatableArray<string>(unique)
            : EquatableArray<string>.Empty;
    }
}
