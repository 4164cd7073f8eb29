using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using EntityDtoGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace EntityDtoGen.Tests.Infrastructure;

/// <summary>A target the generated code must compile for without diagnostics.</summary>
public sealed record TargetFramework(string Name, LanguageVersion LanguageVersion, IReadOnlyList<MetadataReference> References, string EfCoreVersion)
{
    private static readonly MetadataReference Abstractions = MetadataReference.CreateFromFile(typeof(Optional<>).Assembly.Location);

    public static readonly TargetFramework Net10 = new("net10.0", LanguageVersion.Preview, Basic.Reference.Assemblies.Net100.References.All.Append(Abstractions).ToArray(), "10.0.0");

    public static readonly TargetFramework Net8 = new("net8.0", LanguageVersion.CSharp12, Basic.Reference.Assemblies.Net80.References.All.Append(Abstractions).ToArray(), "8.0.30");

    public static readonly TargetFramework[] All = [Net10, Net8];

    /// <summary>The same target with the EF Core release built for it (downloaded by the test project's PackageDownload), relational API included.</summary>
    public TargetFramework WithEntityFrameworkCore() =>
        WithPackages(" + EF Core " + EfCoreVersion, "microsoft.entityframeworkcore", "microsoft.entityframeworkcore.abstractions", "microsoft.entityframeworkcore.relational");

    /// <summary>The same target with ASP.NET Core Identity's stores and its EF Core context, of the same release as EF Core.</summary>
    public TargetFramework WithIdentity() =>
        WithPackages(" + Identity", "microsoft.extensions.identity.core", "microsoft.extensions.identity.stores", "microsoft.aspnetcore.identity.entityframeworkcore");

    /// <summary>
    /// The same target with a class library compiled from <paramref name="sources"/> (with its XML documentation, as a
    /// referenced project provides it), for entities declared in another assembly.
    /// </summary>
    public TargetFramework WithLibrary(string assemblyName, params string[] sources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion, DocumentationMode.Diagnose);
        var library = CSharpCompilation.Create(
            assemblyName,
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"{assemblyName}{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new System.IO.MemoryStream();
        using var documentation = new System.IO.MemoryStream();
        var emitted = library.Emit(image, xmlDocumentationStream: documentation);
        Assert.True(emitted.Success, "the library does not compile:\n" + string.Join("\n", emitted.Diagnostics));
        var reference = MetadataReference.CreateFromImage(image.ToArray(), documentation: new XmlDocumentation(documentation.ToArray()));
        return this with { Name = Name + " + " + assemblyName, References = References.Append(reference).ToArray() };
    }

    private TargetFramework WithPackages(string suffix, params string[] packages) => this with
    {
        Name = Name + suffix,
        References = References.Concat(PackageAssemblies(packages).Select(path => MetadataReference.CreateFromFile(path))).ToArray(),
    };

    /// <summary>
    /// The same target with ASP.NET Core's reference assemblies: the SDK's targeting pack for the SDK's own framework, the
    /// downloaded <c>Microsoft.AspNetCore.App.Ref</c> package for an older one.
    /// </summary>
    public TargetFramework WithAspNetCore()
    {
        var runtime = System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = System.IO.Path.GetFullPath(System.IO.Path.Combine(runtime, "..", "..", ".."));
        var moniker = Name.Split(' ')[0];
        var packageRoot = typeof(TargetFramework).Assembly.GetCustomAttributes<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value!;
        var folder = new[] { System.IO.Path.Combine(dotnetRoot, "packs", "Microsoft.AspNetCore.App.Ref"), System.IO.Path.Combine(packageRoot, "microsoft.aspnetcore.app.ref") }
            .Where(System.IO.Directory.Exists)
            .SelectMany(System.IO.Directory.GetDirectories)
            .Select(version => System.IO.Path.Combine(version, "ref", moniker))
            .Where(System.IO.Directory.Exists)
            .OrderBy(path => path, StringComparer.Ordinal)
            .LastOrDefault() ?? throw new InvalidOperationException($"No ASP.NET Core reference pack for {moniker}");
        return this with
        {
            Name = Name + " + ASP.NET Core",
            References = References.Concat(System.IO.Directory.GetFiles(folder, "*.dll").Select(path => MetadataReference.CreateFromFile(path))).ToArray(),
        };
    }

    /// <summary>The same target with <c>Microsoft.AspNetCore.OpenApi</c> 10 and the Microsoft.OpenApi 2 it builds on.</summary>
    public TargetFramework WithOpenApi()
    {
        var root = typeof(TargetFramework).Assembly.GetCustomAttributes<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value!;
        string[] assemblies =
        [
            System.IO.Path.Combine(root, "microsoft.aspnetcore.openapi", "10.0.0", "lib", "net10.0", "Microsoft.AspNetCore.OpenApi.dll"),
            System.IO.Path.Combine(root, "microsoft.openapi", "2.3.0", "lib", "net8.0", "Microsoft.OpenApi.dll"),
        ];
        return this with { Name = Name + " + OpenAPI", References = References.Concat(assemblies.Select(path => MetadataReference.CreateFromFile(path))).ToArray() };
    }

    private IEnumerable<string> PackageAssemblies(string[] packages)
    {
        var root = typeof(TargetFramework).Assembly.GetCustomAttributes<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NuGetPackageRoot").Value!;
        foreach (var package in packages)
        {
            var folder = System.IO.Path.Combine(root, package, EfCoreVersion, "lib", Name.Split(' ')[0]);
            yield return System.IO.Directory.GetFiles(folder, "*.dll").Single();
        }
    }
}

/// <summary>A library's XML documentation file, as the compiler reads it beside a referenced assembly.</summary>
internal sealed class XmlDocumentation : DocumentationProvider
{
    private readonly Dictionary<string, string> _members;

    public XmlDocumentation(byte[] xml) =>
        _members = System.Xml.Linq.XDocument.Load(new System.IO.MemoryStream(xml)).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => m.ToString());

    protected override string? GetDocumentationForSymbol(string documentationMemberID, System.Globalization.CultureInfo preferredCulture, CancellationToken cancellationToken = default) =>
        _members.TryGetValue(documentationMemberID, out var xml) ? xml : null;

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>One run of the generator over test sources.</summary>
public sealed record GeneratorRun(
    CSharpCompilation InputCompilation,
    Compilation OutputCompilation,
    GeneratorDriver Driver,
    GeneratorDriverRunResult Result,
    BuildPropertyOptions? Options = null)
{
    public IReadOnlyList<(string HintName, string Text)> GeneratedFiles =>
        Result.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).ToArray();

    public string File(string hintName) =>
        GeneratedFiles.FirstOrDefault(f => f.HintName == hintName).Text
        ?? throw new InvalidOperationException($"No generated file '{hintName}'. Generated: {string.Join(", ", GeneratedFiles.Select(f => f.HintName))}");

    /// <summary>Diagnostics of the output compilation (generated code included) and of the generator run, errors or warnings or infos.</summary>
    public IReadOnlyList<Diagnostic> CompilationDiagnostics() =>
        OutputCompilation.GetDiagnostics().Concat(Result.Diagnostics).Where(d => d.Severity > DiagnosticSeverity.Hidden).ToArray();

    /// <summary>The analyzer's diagnostics, as the user's build would show them.</summary>
    public IReadOnlyList<Diagnostic> AnalyzerDiagnostics() =>
        OutputCompilation.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new EntityDtoAnalyzer(), new MarkerPlacementAnalyzer(), new EntityExposureAnalyzer(), new RequestDelegateGeneratorAnalyzer(), new LoadingAnalyzer()),
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, Options ?? BuildPropertyOptions.Default))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult()
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToArray();
}

public static class GeneratorHarness
{
    /// <summary>
    /// Doc comments are diagnosed so a broken carried comment shows up; a missing one on the test's own input does not matter.
    /// </summary>
    public static CSharpParseOptions ParseOptions(TargetFramework target, DocumentationMode documentationMode = DocumentationMode.Diagnose) =>
        new(target.LanguageVersion, documentationMode);

    public static CSharpCompilation CreateCompilation(TargetFramework target, IEnumerable<string> sources, DocumentationMode documentationMode = DocumentationMode.Diagnose)
    {
        var parseOptions = ParseOptions(target, documentationMode);
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Input{i}.cs"));
        return CSharpCompilation.Create(
            "TestAssembly",
            trees,
            target.References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: true,
                generalDiagnosticOption: ReportDiagnostic.Error,
                // As the SDK does: CS1701/CS1702 are suppressed by default, CS1591 concerns the test's own input.
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1591"] = ReportDiagnostic.Suppress,
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                },
                warningLevel: 9999));
    }

    public static GeneratorDriver CreateDriver(CSharpParseOptions parseOptions, BuildPropertyOptions? options = null) =>
        CSharpGeneratorDriver.Create(
            [new EntityDtoGenerator().AsSourceGenerator()],
            parseOptions: parseOptions,
            optionsProvider: options ?? BuildPropertyOptions.Default,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(TargetFramework target, params string[] sources) =>
        Run(target, DocumentationMode.Diagnose, sources);

    public static GeneratorRun Run(TargetFramework target, DocumentationMode documentationMode, params string[] sources) =>
        Run(target, BuildPropertyOptions.Default, documentationMode, sources);

    /// <summary>A run as in a project with these MSBuild properties visible to the compiler.</summary>
    public static GeneratorRun Run(TargetFramework target, BuildPropertyOptions options, DocumentationMode documentationMode, params string[] sources)
    {
        var compilation = CreateCompilation(target, sources, documentationMode);
        var driver = CreateDriver(ParseOptions(target, documentationMode), options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(compilation, output, driver, driver.GetRunResult(), options);
    }

    /// <summary>Runs the generator for every target and asserts the output compiles with zero diagnostics; returns the newest target's run.</summary>
    public static GeneratorRun RunAndAssertClean(params string[] sources) => RunAndAssertClean(TargetFramework.All, sources);

    /// <summary>As <see cref="RunAndAssertClean(string[])"/>, with EF Core referenced, so <c>{Entity}Includes</c> is generated too.</summary>
    public static GeneratorRun RunWithEfCoreAndAssertClean(params string[] sources) =>
        RunAndAssertClean(TargetFramework.All.Select(t => t.WithEntityFrameworkCore()).ToArray(), sources);

    public static GeneratorRun RunAndAssertClean(TargetFramework[] targets, string[] sources)
    {
        GeneratorRun? newest = null;
        foreach (var target in targets)
        {
            var run = Run(target, sources);
            AssertClean(run, target);
            AssertSecondRunCached(run);
            newest ??= run;
        }

        return newest!;
    }

    /// <summary>
    /// Running again over the same compilation must reuse every output (nothing in the pipeline may compare unequal to
    /// itself), and no value of the generator's own steps may hold a symbol, syntax, compilation or location.
    /// </summary>
    public static void AssertSecondRunCached(GeneratorRun run)
    {
        var second = run.Driver.RunGenerators(run.InputCompilation).GetRunResult().Results.Single();
        var outputs = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToArray();
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        var first = run.Result.Results.Single();
        var visited = 0;
        foreach (var step in typeof(EntityDtoGenerator.TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!))
        {
            if (first.TrackedSteps.TryGetValue(step, out var runs))
            {
                foreach (var output in runs.SelectMany(r => r.Outputs))
                {
                    AssertPure(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance), ref visited);
                }
            }
        }
    }

    /// <summary>Walks a pipeline value and fails on anything that would pin a compilation in memory or defeat caching.</summary>
    public static void AssertPure(object? value, string path, HashSet<object> seen, ref int visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        visited++;
        var type = value.GetType();
        Assert.False(value is ISymbol or SyntaxNode or Compilation or Location or SemanticModel or SyntaxTree, $"{path} holds a {type.Name}");
        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable enumerable)
        {
            var i = 0;
            foreach (var item in enumerable)
            {
                AssertPure(item, $"{path}[{i++}]", seen, ref visited);
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertPure(field.GetValue(value), path + "." + field.Name, seen, ref visited);
        }
    }

    public static void AssertClean(GeneratorRun run, TargetFramework target)
    {
        var diagnostics = run.CompilationDiagnostics();
        Assert.True(
            diagnostics.Count == 0,
            $"Expected no diagnostics for {target.Name}, got:\n" + string.Join("\n", diagnostics.Select(Describe)));
    }

    public static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var text = diagnostic.Location.SourceTree?.GetText().Lines[span.StartLinePosition.Line].ToString().Trim();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Id} {diagnostic.GetMessage()}  >> {text}";
    }
}
