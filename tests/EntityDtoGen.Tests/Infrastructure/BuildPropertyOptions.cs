using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EntityDtoGen.Tests.Infrastructure;

/// <summary>The MSBuild properties a project makes visible to the compiler (<c>build_property.*</c>), for the generator and the analyzers.</summary>
public sealed class BuildPropertyOptions : AnalyzerConfigOptionsProvider
{
    /// <summary>
    /// What most tests run with: JSON metadata on, so the snapshots show every generated kind. A project without any of
    /// the properties gets none (<see cref="None"/>).
    /// </summary>
    public static readonly BuildPropertyOptions Default = new(("EntityDtoGenJsonMetadata", "true"));

    public static readonly BuildPropertyOptions None = new();

    private readonly Properties _global;

    public BuildPropertyOptions(params (string Name, string Value)[] properties) =>
        _global = new Properties(properties.ToImmutableDictionary(p => "build_property." + p.Name, p => p.Value));

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Properties.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Properties.Empty;

    public override string ToString() => string.Join(", ", _global.Keys.Select(k => k + "=" + (_global.TryGetValue(k, out var v) ? v : "")));

    private sealed class Properties(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Properties Empty = new(ImmutableDictionary<string, string>.Empty);

        public override IEnumerable<string> Keys => values.Keys;

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
