using System;
using System.Collections.Generic;
using System.Linq;

namespace EntityDtoGen.Model;

/// <summary>
/// Every fact read from the compilation's configuration classes, compared by content so that an edit which changes no
/// fact leaves every entity cached.
/// </summary>
internal sealed class FactIndex : IEquatable<FactIndex>
{
    /// <summary>The type key of a fact about a member of whatever entity has it (an untyped <c>entry.Property("CreatedAt")</c>).</summary>
    public const string AnyEntity = "*";

    private readonly EquatableArray<ModelFact> _facts;
    private Dictionary<string, ModelFact[]>? _byType;

    public FactIndex(IEnumerable<ModelFact> facts)
    {
        _facts = new EquatableArray<ModelFact>(facts
            .Distinct()
            .OrderBy(f => f.TypeKey, StringComparer.Ordinal)
            .ThenBy(f => f.Member, StringComparer.Ordinal)
            .ThenBy(f => f.Kind)
            .ThenBy(f => f.Source, StringComparer.Ordinal));
    }

    public static FactIndex Empty { get; } = new(Array.Empty<ModelFact>());

    public int Count => _facts.Count;

    /// <summary>The facts about the given types, and those about members of any entity.</summary>
    public EquatableArray<ModelFact> For(IEnumerable<string> typeKeys)
    {
        var byType = _byType ??= _facts.GroupBy(f => f.TypeKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var result = new List<ModelFact>();
        foreach (var key in typeKeys.Append(AnyEntity).Distinct(StringComparer.Ordinal))
        {
            if (byType.TryGetValue(key, out var facts))
            {
                result.AddRange(facts);
            }
        }

        return new EquatableArray<ModelFact>(result.ToArray());
    }

    public bool Equals(FactIndex? other) => other is not null && _facts.Equals(other._facts);

    public override bool Equals(object? obj) => Equals(obj as FactIndex);

    public override int GetHashCode() => _facts.GetHashCode();
}
