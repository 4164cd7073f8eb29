using System.Linq;
using EntityDtoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EntityDtoGen.Tests;

/// <summary>
/// System.Text.Json metadata is generated where the project needs it (no reflection, trimming, AOT) or asks for it; any
/// other project serializes the DTOs with reflection and gets an empty <c>DtoJson.Resolver</c>, so its registration line
/// compiles either way.
/// </summary>
public sealed class JsonMetadataSwitchTests
{
    private const string Source = """
        using System.Collections.Generic;
        using EntityDtoGen;

        namespace Shop;

        [GenerateDtos]
        public class Order
        {
            public int Id { get; set; }

            public string Reference { get; set; } = "";

            public List<string> Tags { get; set; } = [];
        }

        [ReadShape(typeof(Order))]
        public partial record OrderLine
        {
            public int Id { get; init; }
        }

        public partial record OrderCreate
        {
            [System.Text.Json.Serialization.JsonExtensionData] public Dictionary<string, object>? Extra { get; set; }
        }

        public static class Startup
        {
            public static System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver Resolver => DtoJson.Resolver;
        }
        """;

    public static TheoryData<string, string, bool> Projects => new()
    {
        { "no property (a web app with reflection)", "", false },
        { "PublishAot or IsAotCompatible", "EnableAotAnalyzer=true", true },
        { "PublishTrimmed or IsTrimmable", "EnableTrimAnalyzer=true", true },
        { "reflection-based JSON turned off", "JsonSerializerIsReflectionEnabledByDefault=false", true },
        { "reflection-based JSON said on", "JsonSerializerIsReflectionEnabledByDefault=true", false },
        { "asked for", "EntityDtoGenJsonMetadata=true", true },
        { "turned off despite AOT", "EntityDtoGenJsonMetadata=False;EnableAotAnalyzer=true", false },
        { "the analyzers' own false values", "EnableAotAnalyzer=false;EnableTrimAnalyzer=false", false },
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public void MetadataFollowsTheProject(string project, string properties, bool generates)
    {
        var options = new BuildPropertyOptions(properties.Split(';', System.StringSplitOptions.RemoveEmptyEntries).Select(p => (p.Split('=')[0], p.Split('=')[1])).ToArray());
        foreach (var target in TargetFramework.All)
        {
            var run = GeneratorHarness.Run(target, options, DocumentationMode.Diagnose, Source);
            GeneratorHarness.AssertClean(run, target);
            GeneratorHarness.AssertSecondRunCached(run);

            var files = run.GeneratedFiles.Select(f => f.HintName).ToArray();
            Assert.True(generates == files.Contains("Shop.Order.Json.g.cs"), project + ": " + string.Join(", ", files));
            Assert.Equal(generates, files.Contains("Shop.OrderLine.ShapeJson.g.cs"));
            var resolver = run.File("EntityDtoGen.DtoJson.g.cs");
            Assert.Equal(generates, resolver.Contains("Register_Shop_002EOrder(types);", System.StringComparison.Ordinal));
            Assert.Equal(!generates, resolver.Contains("Describes no DTO: this project does not generate JSON metadata.", System.StringComparison.Ordinal));

            // EDG020 speaks of the metadata, so only a project that gets it hears of it.
            Assert.Equal(generates, run.AnalyzerDiagnostics().Any(d => d.Id == "EDG020"));
        }
    }
}
