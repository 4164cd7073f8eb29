using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using EntityDtoGen.Benchmarks.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EntityDtoGen.Benchmarks.Realistic;

/// <summary>
/// The realistic model as one in-memory compilation with what its project references in a build: net10.0, ASP.NET
/// Core (the shared framework's reference pack, found next to the running runtime), EF Core with its relational and
/// SQLite layers, and the abstractions. ASP.NET Core matters to the generator: it checks for MVC, minimal-API and
/// validation types to decide what it emits.
/// </summary>
public static class RealisticWorkload
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
        [
            .. GeneratorWorkload.References,
            MetadataReference.CreateFromFile(typeof(Microsoft.EntityFrameworkCore.RelationalEntityTypeBuilderExtensions).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.EntityFrameworkCore.SqliteDbContextOptionsBuilderExtensions).Assembly.Location),
            .. Directory.GetFiles(AspNetCoreReferencePack(), "*.dll").Order(StringComparer.Ordinal).Select(path => MetadataReference.CreateFromFile(path)),
        ]);

    public static SyntaxTree[] Parse(IEnumerable<(string Path, string Source)> files) =>
        files.Select(f => CSharpSyntaxTree.ParseText(f.Source, GeneratorWorkload.ParseOptions, f.Path)).ToArray();

    /// <summary>A new compilation (no semantic caches of an earlier run); an executable, as the Web SDK builds it (Program.cs has top-level statements).</summary>
    public static CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree> trees)
    {
        var compilation = GeneratorWorkload.CreateCompilation(trees).WithReferences(LazyReferences.Value);
        return compilation.WithOptions(compilation.Options.WithOutputKind(OutputKind.ConsoleApplication));
    }

    /// <summary>Runs the generator once and throws unless it reports nothing and the model with its output compiles without a warning.</summary>
    public static GeneratorDriverRunResult AssertClean(CSharpCompilation compilation)
    {
        var driver = GeneratorWorkload.CreateDriver(trackSteps: false, jsonMetadata: false).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult();
        var problems = result.Diagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        if (problems.Length > 0)
        {
            throw new InvalidOperationException(
                $"The realistic model has {problems.Length} diagnostics, e.g.:\n" + string.Join("\n", problems.Take(10).Select(d => d.ToString())));
        }

        return result;
    }

    /// <summary>packs/Microsoft.AspNetCore.App.Ref/{the running major version, newest}/ref/net{major}.0 under the dotnet root.</summary>
    private static string AspNetCoreReferencePack()
    {
        // The runtime lives in {root}/shared/Microsoft.NETCore.App/{version}/.
        var runtime = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        var root = runtime.Parent!.Parent!.Parent!.FullName;
        var major = Environment.Version.Major;
        var packs = new DirectoryInfo(Path.Combine(root, "packs", "Microsoft.AspNetCore.App.Ref"));
        var pack = packs.Exists
            ? packs.GetDirectories(major + ".*").OrderByDescending(d => Version.TryParse(d.Name, out var v) ? v : new Version()).FirstOrDefault()
            : null;
        var folder = pack is null ? null : Path.Combine(pack.FullName, "ref", $"net{major}.0");
        return folder is not null && Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException($"No ASP.NET Core reference pack for .NET {major} under {packs.FullName}: install the .NET SDK, not only the runtime.");
    }
}
