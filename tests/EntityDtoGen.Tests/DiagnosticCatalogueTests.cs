using System;
using System.IO;
using System.Linq;
using System.Reflection;
using EntityDtoGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EntityDtoGen.Tests;

/// <summary>Every descriptor is reported by an analyzer, release-tracked, linked to its page and listed in the docs index.</summary>
public sealed class DiagnosticCatalogueTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToArray();

    private static readonly string RepositoryRoot = FindRoot(AppContext.BaseDirectory);

    public static TheoryData<string> Ids => new(Descriptors.Select(d => d.Id));

    [Fact]
    public void IdsAreUniqueAndEveryOneIsReportedByAnAnalyzer()
    {
        Assert.Equal(Descriptors.Length, Descriptors.Select(d => d.Id).Distinct().Count());
        var supported = new Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[] { new EntityDtoAnalyzer(), new MarkerPlacementAnalyzer(), new EntityExposureAnalyzer(), new RequestDelegateGeneratorAnalyzer(), new LoadingAnalyzer() }
            .SelectMany(a => a.SupportedDiagnostics)
            .Select(d => d.Id)
            .Order()
            .ToArray();
        Assert.Equal(Descriptors.Select(d => d.Id).Order().ToArray(), supported);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryIdHasItsPageIndexRowAndReleaseEntry(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        var page = Path.Combine(RepositoryRoot, "docs", "diagnostics", id + ".md");

        Assert.True(File.Exists(page), $"missing {page}");
        Assert.Equal($"# {id}: {descriptor.Title}", File.ReadLines(page).First());
        Assert.EndsWith($"/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        Assert.Contains($"| {id} | {descriptor.DefaultSeverity} | {descriptor.Title} | [{id}]({id}.md) |", File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "diagnostics", "README.md")));
        Assert.Contains($"{id} | EntityDtoGen | {descriptor.DefaultSeverity} | {descriptor.Title}", File.ReadAllText(Path.Combine(RepositoryRoot, "src", "EntityDtoGen", "AnalyzerReleases.Unshipped.md")));
    }

    private static string FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EntityDtoGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("EntityDtoGen.sln not found above " + start);
    }
}
