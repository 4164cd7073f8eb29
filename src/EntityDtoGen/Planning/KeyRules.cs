using System;
using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Model;

namespace EntityDtoGen.Planning;

/// <summary>Which members are the key, as EF Core finds it, and whether the client supplies it.</summary>
internal static class KeyRules
{
    /// <summary>
    /// The key comes from <c>HasKey</c>, else <c>[Key]</c>, else <c>[PrimaryKey]</c>, else the name <c>Id</c> or
    /// <c>{Entity}Id</c> (ignoring case, <c>Id</c> first). As SPEC says, a single key is server-generated unless
    /// <c>ValueGeneratedNever()</c> or <c>[DatabaseGenerated(None)]</c> says the client supplies it; the parts of a
    /// composite key are client-supplied and cannot change after insert.
    /// </summary>
    public static void Apply(EntityDeclaration entity, List<MemberPlan> members, FactLookup facts)
    {
        var keys = facts.Keys.ToList();

        // EF Core refuses [Key] on several properties (a composite key takes [PrimaryKey] or HasKey), so those are no
        // client-supplied composite key: each stays server-generated, failing closed.
        var attributeKeys = false;
        if (keys.Count == 0)
        {
            keys = members.Where(m => m.Declaration.Markers.Key).Select(m => m.Name).ToList();
            attributeKeys = keys.Count > 0;
        }

        if (keys.Count == 0)
        {
            keys = entity.PrimaryKey.ToList();
        }

        if (keys.Count == 0)
        {
            var conventionName = members.Any(m => string.Equals(m.Name, "Id", StringComparison.OrdinalIgnoreCase)) ? "Id" : entity.Name + "Id";
            keys = members.Where(m => string.Equals(m.Name, conventionName, StringComparison.OrdinalIgnoreCase)).Select(m => m.Name).ToList();
        }

        foreach (var member in members)
        {
            if (!keys.Contains(member.Name))
            {
                continue;
            }

            member.IsKey = true;
            member.IsCompositeKeyPart = keys.Count > 1 && !attributeKeys;
            member.IsClientKey = member.IsCompositeKeyPart
                || facts.Member(member.Name, FactKind.ValueGeneratedNever) is not null
                || member.Declaration.Markers.DatabaseGenerated == DatabaseGeneratedOption.None;
        }
    }
}
