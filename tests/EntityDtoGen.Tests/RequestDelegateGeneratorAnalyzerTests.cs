using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EntityDtoGen.Diagnostics;
using EntityDtoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace EntityDtoGen.Tests;

/// <summary>
/// EDG021: with ASP.NET Core's request delegate generator in the build (Native AOT), a minimal-API handler must not depend
/// on a type only EntityDtoGen declares, nor leave the compiler to infer its return type from generated code.
/// </summary>
public sealed class RequestDelegateGeneratorAnalyzerTests
{
    private const string Domain = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using EntityDtoGen;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Http.HttpResults;

        namespace Api;

        [GenerateDtos]
        public class Note
        {
            public Guid Id { get; set; }

            public string? Title { get; set; }
        }

        public static class Store
        {
            public static List<Note> Notes { get; } = [];
        }

        """;

    private const string DeclaredParts = """

        public partial record NoteCreate;

        public partial record NoteRead;
        """;

    [Theory]
    [InlineData("app.MapPost(\"/notes\", Created<NoteRead> (NoteCreate body) => TypedResults.Created(\"/notes\", body.ToEntity().ToRead()));", "NoteCreate", "declare it in your code, empty ('public partial record NoteCreate;'), and EntityDtoGen generates the rest")]
    [InlineData("app.MapGet(\"/notes\", List<NoteRead> () => Store.Notes.Select(n => n.ToRead()).ToList());", "NoteRead", "declare it in your code, empty ('public partial record NoteRead;'), and EntityDtoGen generates the rest")]
    public void AHandlerWithAGeneratedOnlyDtoIsFlagged(string map, string type, string fix)
    {
        var diagnostic = Assert.Single(Analyze(map, declareParts: false));

        Assert.Equal($"The {map.Substring(4, map.IndexOf('(') - 4)} handler uses '{type}', which EntityDtoGen generates and ASP.NET Core's request delegate generator (Native AOT) cannot see: {fix}", diagnostic.GetMessage());
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
    }

    [Fact]
    public void AnInferredReturnTypeFromGeneratedCodeIsFlaggedEvenWithTheDtoDeclared()
    {
        var diagnostic = Assert.Single(Analyze("app.MapGet(\"/notes\", () => Store.Notes.Select(n => n.ToRead()).ToList());", declareParts: true));

        Assert.Equal("The MapGet handler uses 'NoteRead', which EntityDtoGen generates and ASP.NET Core's request delegate generator (Native AOT) cannot see: give the lambda an explicit return type ('List<NoteRead> (…) => …'), which the generator cannot infer from generated code", diagnostic.GetMessage());
        Assert.Equal("() => Store.Notes.Select(n => n.ToRead()).ToList()", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
    }

    [Theory]
    [InlineData("app.MapPost(\"/notes\", Created<NoteRead> (NoteCreate body) => TypedResults.Created(\"/notes\", body.ToEntity().ToRead()));")]
    [InlineData("app.MapGet(\"/notes\", List<NoteRead> () => Store.Notes.Select(n => n.ToRead()).ToList());")]
    [InlineData("app.MapGet(\"/count\", () => Store.Notes.Count);")]
    public void DeclaredDtosAndExplicitReturnTypesAreFine(string map) => Assert.Empty(Analyze(map, declareParts: true));

    [Fact]
    public void WithoutTheRequestDelegateGeneratorNothingIsFlagged()
    {
        var run = GeneratorHarness.Run(TargetFramework.Net10.WithAspNetCore(), Domain + Program("app.MapPost(\"/notes\", (NoteCreate body) => body.ToEntity().ToRead());"));

        Assert.DoesNotContain(run.AnalyzerDiagnostics(), d => d.Id == "EDG021");
    }

    private static System.Collections.Generic.IReadOnlyList<Diagnostic> Analyze(string map, bool declareParts)
    {
        var target = TargetFramework.Net10.WithAspNetCore();
        var run = GeneratorHarness.Run(target, Domain + Program(map) + (declareParts ? DeclaredParts : string.Empty));
        GeneratorHarness.AssertClean(run, target);

        // The request delegate generator's output is what tells the analyzer it runs; its content does not matter here.
        var withGenerator = run.OutputCompilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Microsoft.AspNetCore.Http.Generated { file static class GeneratedRouteBuilderExtensionsCore { } }",
            (CSharpParseOptions)run.OutputCompilation.SyntaxTrees.First().Options,
            path: "Microsoft.AspNetCore.Http.RequestDelegateGenerator/Microsoft.AspNetCore.Http.RequestDelegateGenerator.RequestDelegateGenerator/GeneratedRouteBuilderExtensions.g.cs"));
        return withGenerator.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new RequestDelegateGeneratorAnalyzer()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    private static string Program(string map) => $$"""
        public static class Endpoints
        {
            public static void Map(WebApplication app)
            {
                {{map}}
            }
        }
        """;
}
