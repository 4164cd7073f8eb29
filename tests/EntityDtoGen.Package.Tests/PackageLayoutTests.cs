using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace EntityDtoGen.Package.Tests;

/// <summary>What `dotnet pack src/EntityDtoGen` puts in the .nupkg, and what its nuspec declares.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackageFixture _package;

    public PackageLayoutTests(PackageFixture package) => _package = package;

    [Fact]
    public void PackageHoldsTheGeneratorAsAnAnalyzerAndTheAbstractionsAsALibraryWithNoDependencies()
    {
        _package.AssertPacked();

        using var archive = ZipFile.OpenRead(_package.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        var listing = "package entries:\n  " + string.Join("\n  ", entries);

        // The generator and analyzers, where the compiler looks for C# analyzers, and beside them the code fixes, which
        // only the IDE loads; no Roslyn assembly of their own.
        Assert.True(entries.Contains("analyzers/dotnet/cs/EntityDtoGen.dll"), listing);
        var analyzerAssemblies = entries.Where(n => n.StartsWith("analyzers/", StringComparison.Ordinal) && n.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).ToArray();
        Assert.True(
            analyzerAssemblies.SequenceEqual(["analyzers/dotnet/cs/EntityDtoGen.CodeFixes.dll", "analyzers/dotnet/cs/EntityDtoGen.dll"]),
            "only EntityDtoGen.dll and EntityDtoGen.CodeFixes.dll belong in analyzers/ (no Microsoft.CodeAnalysis*.dll):\n" + listing);
        Assert.DoesNotContain(entries, n => n.Contains("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));

        // The attributes and Optional<T>, referenced by the user's code, with their XML docs for IntelliSense.
        Assert.True(entries.Contains("lib/net8.0/EntityDtoGen.Abstractions.dll"), listing);
        Assert.True(entries.Contains("lib/net8.0/EntityDtoGen.Abstractions.xml"), listing);
        var libraryFiles = entries.Where(n => n.StartsWith("lib/", StringComparison.Ordinal)).ToArray();
        Assert.True(libraryFiles.SequenceEqual(["lib/net8.0/EntityDtoGen.Abstractions.dll", "lib/net8.0/EntityDtoGen.Abstractions.xml"]), "lib/ holds the abstractions only:\n" + listing);

        // No other assembly anywhere: the generator is not a library of the consumer.
        var assemblies = entries.Where(n => n.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).ToArray();
        Assert.True(assemblies.Length == 3, "three assemblies expected:\n" + listing);

        // The MSBuild properties the generator reads (EntityDtoGenJsonMetadata), for the project and the projects above it.
        Assert.True(entries.Contains("build/EntityDtoGen.targets"), listing);
        Assert.True(entries.Contains("buildTransitive/EntityDtoGen.targets"), listing);

        Assert.True(entries.Contains("README.md"), listing);
        var readme = ReadEntry(archive, "README.md");
        Assert.Contains("dotnet add package EntityDtoGen", readme, StringComparison.Ordinal);
        Assert.Contains("[GenerateDtos]", readme, StringComparison.Ordinal);

        var nuspecEntry = Assert.Single(archive.Entries, e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
        var nuspecText = ReadEntry(archive, nuspecEntry.FullName);
        var metadata = XDocument.Parse(nuspecText).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Metadata(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("EntityDtoGen", Metadata("id"));
        Assert.Equal(_package.Version, Metadata("version"));
        Assert.False(string.IsNullOrWhiteSpace(Metadata("description")), nuspecText);
        Assert.False(string.IsNullOrWhiteSpace(Metadata("tags")), nuspecText);
        Assert.Equal("README.md", Metadata("readme"));
        var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);
        Assert.Null(Metadata("icon"));

        // Nothing flows to the consumer: no Roslyn, no abstractions package. The empty net8.0 group says so for
        // the lib/net8.0 assemblies (NuGet's NU5128 asks for a group per lib/ framework).
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
        var groups = metadata.Descendants().Where(e => e.Name.LocalName == "group").ToArray();
        Assert.True(groups.All(g => g.Parent?.Name.LocalName == "dependencies" && !g.HasElements), nuspecText);
        Assert.Equal(["net8.0"], groups.Select(g => g.Attribute("targetFramework")?.Value));
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "frameworkReference");
    }

    [Fact]
    public void CompanionPackageHoldsTheGuardForNet8AndDependsOnlyOnEfCoreRelational()
    {
        _package.AssertCompanionPacked();

        using var archive = ZipFile.OpenRead(_package.CompanionPackagePath);
        var entries = archive.Entries.Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        var listing = "package entries:\n  " + string.Join("\n  ", entries);
        var assemblies = entries.Where(n => n.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).ToArray();
        Assert.True(assemblies.SequenceEqual(["lib/net8.0/EntityDtoGen.EntityFrameworkCore.dll"]), listing);
        Assert.True(entries.Contains("lib/net8.0/EntityDtoGen.EntityFrameworkCore.xml"), listing);

        var nuspecEntry = Assert.Single(archive.Entries, e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
        var nuspecText = ReadEntry(archive, nuspecEntry.FullName);
        var dependencies = XDocument.Parse(nuspecText).Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")?.Value).ToArray();
        Assert.True(dependencies.SequenceEqual(["Microsoft.EntityFrameworkCore.Relational"]), nuspecText);
    }

    private static string ReadEntry(ZipArchive archive, string name)
    {
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
