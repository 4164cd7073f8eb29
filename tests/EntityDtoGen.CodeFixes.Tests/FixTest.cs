using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace EntityDtoGen.CodeFixes.Tests;

/// <summary>
/// A code-fix test with the generator running, against net10.0 reference assemblies, EF Core and the abstractions, all
/// from local files (no package download).
/// </summary>
public sealed class FixTest<TAnalyzer, TFix> : CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TFix : CodeFixProvider, new()
{
    public FixTest(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(References.Value);
        TestCode = source;
        FixedCode = fixedSource;
        ExpectedDiagnostics.AddRange(expected);

        // The generator runs in the workspace, as in the IDE, so that the fixes see the generated types
        // (GetSourceGenerators would run it beside the workspace, where code fixes cannot see its output).
        SolutionTransforms.Add((solution, projectId) => solution.AddAnalyzerReference(projectId, new GeneratorReference()));
    }

    private sealed class GeneratorReference : AnalyzerReference
    {
        public override string FullPath => typeof(EntityDtoGenerator).Assembly.Location;

        public override object Id => typeof(EntityDtoGenerator);

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => [];

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => [];

        // The workspace finds a generator's reference by the instance, so each call returns the same one.
        private readonly ImmutableArray<ISourceGenerator> _generators = [new EntityDtoGenerator().AsSourceGenerator()];

        public override ImmutableArray<ISourceGenerator> GetGenerators(string language) => _generators;
    }

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var root = typeof(FixTest<,>).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value!;
        var efCore = new[] { "microsoft.entityframeworkcore", "microsoft.entityframeworkcore.abstractions", "microsoft.entityframeworkcore.relational" }
            .Select(package => Directory.GetFiles(Path.Combine(root, package, "10.0.0", "lib", "net10.0"), "*.dll").Single());
        return Basic.Reference.Assemblies.Net100.References.All
            .Concat(efCore.Select(path => MetadataReference.CreateFromFile(path)))
            .Append(MetadataReference.CreateFromFile(typeof(Optional<>).Assembly.Location))
            .ToArray();
    });
}
