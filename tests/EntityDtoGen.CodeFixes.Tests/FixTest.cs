using System;
using System.Collections.Generic;
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

        // The generated files are checked by the generator's own snapshot tests.
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    protected override IEnumerable<Type> GetSourceGenerators() => [typeof(EntityDtoGenerator)];

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
