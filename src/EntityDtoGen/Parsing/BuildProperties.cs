using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EntityDtoGen.Parsing;

/// <summary>The MSBuild properties the generator and the analyzer read (made visible by the package's <c>EntityDtoGen.targets</c>).</summary>
internal static class BuildProperties
{
    public const string JsonMetadata = "EntityDtoGenJsonMetadata";

    /// <summary>
    /// Whether to generate System.Text.Json metadata. It is needed only where reflection-based serialization is not
    /// there or not wanted, and it is the largest generated kind, so by default it follows the project: on when the
    /// project turns reflection-based JSON off or asks for trim or AOT analysis (<c>PublishAot</c>,
    /// <c>PublishTrimmed</c>, <c>IsAotCompatible</c>, <c>IsTrimmable</c> turn those on); <c>EntityDtoGenJsonMetadata</c>
    /// says so explicitly.
    /// </summary>
    public static bool GeneratesJsonMetadata(AnalyzerConfigOptions options)
    {
        if (Flag(options, JsonMetadata) is { } explicitly)
        {
            return explicitly;
        }

        return Flag(options, "EnableAotAnalyzer") == true
            || Flag(options, "EnableTrimAnalyzer") == true
            || Flag(options, "JsonSerializerIsReflectionEnabledByDefault") == false;
    }

    private static bool? Flag(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && bool.TryParse(value?.Trim(), out var flag) ? flag : null;
}
