using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit;

namespace EntityDtoGen.Package.Tests;

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "EntityDtoGen package";
}

/// <summary>
/// Packs src/EntityDtoGen once for the collection, the way a release would (`dotnet pack`, Release), into a
/// temporary folder that is deleted afterwards. The build goes to a private artifacts folder in the same temporary
/// folder, so it starts from nothing like a clean clone and leaves the repository's bin/ and obj/ alone.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(4);

    private CommandResult? _pack;
    private CommandResult? _companionPack;

    public PackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        Version = ReadRepositoryVersion(RepositoryRoot);
        TempRoot = Path.Combine(Path.GetTempPath(), "EntityDtoGen.Package.Tests", Guid.NewGuid().ToString("N"));
        FeedDirectory = Path.Combine(TempRoot, "feed");
        Directory.CreateDirectory(FeedDirectory);
    }

    /// <summary>The folder holding EntityDtoGen.sln.</summary>
    public string RepositoryRoot { get; }

    /// <summary>The version the repository builds, from Directory.Build.props.</summary>
    public string Version { get; }

    /// <summary>This run's own temporary folder; everything the tests write goes under it.</summary>
    public string TempRoot { get; }

    /// <summary>Where the .nupkg is packed to: the only package source of the consumer app.</summary>
    public string FeedDirectory { get; }

    public string PackagePath => Path.Combine(FeedDirectory, $"EntityDtoGen.{Version}.nupkg");

    /// <summary>The companion package with the query-count guard.</summary>
    public string CompanionPackagePath => Path.Combine(FeedDirectory, $"EntityDtoGen.EntityFrameworkCore.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        var project = Path.Combine(RepositoryRoot, "src", "EntityDtoGen", "EntityDtoGen.csproj");
        _pack = await DotNetCli.RunAsync(
            RepositoryRoot,
            CommandTimeout,
            environment: null,
            "pack", project,
            "--configuration", "Release",
            "--output", FeedDirectory,
            "--artifacts-path", Path.Combine(TempRoot, "artifacts"));
        _companionPack = await DotNetCli.RunAsync(
            RepositoryRoot,
            CommandTimeout,
            environment: null,
            "pack", Path.Combine(RepositoryRoot, "src", "EntityDtoGen.EntityFrameworkCore", "EntityDtoGen.EntityFrameworkCore.csproj"),
            "--configuration", "Release",
            "--output", FeedDirectory,
            "--artifacts-path", Path.Combine(TempRoot, "artifacts"));
    }

    /// <summary>Fails the calling test, with the whole pack output, unless the companion package was packed.</summary>
    public void AssertCompanionPacked()
    {
        Assert.NotNull(_companionPack);
        Assert.True(_companionPack.Succeeded, "dotnet pack failed:\n" + _companionPack.Describe());
        Assert.True(File.Exists(CompanionPackagePath), $"dotnet pack did not create {CompanionPackagePath}\n{_companionPack.Describe()}");
    }

    /// <summary>Fails the calling test, with the whole pack output, unless the pack succeeded.</summary>
    public void AssertPacked()
    {
        Assert.NotNull(_pack);
        Assert.True(_pack.Succeeded, "dotnet pack failed:\n" + _pack.Describe());
        Assert.True(File.Exists(PackagePath), $"dotnet pack did not create {PackagePath}; the feed holds [{string.Join(", ", Directory.GetFiles(FeedDirectory).Select(Path.GetFileName))}]\n{_pack.Describe()}");
    }

    public Task DisposeAsync()
    {
        DeleteDirectory(TempRoot);
        try
        {
            // The shared parent, once no other run uses it.
            Directory.Delete(Path.GetDirectoryName(TempRoot)!);
        }
        catch (IOException)
        {
            // Not empty: another run is under way.
        }

        return Task.CompletedTask;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EntityDtoGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No EntityDtoGen.sln in {AppContext.BaseDirectory} or any folder above it.");
    }

    private static string ReadRepositoryVersion(string repositoryRoot)
    {
        var props = XDocument.Load(Path.Combine(repositoryRoot, "Directory.Build.props"));
        var version = props.Descendants().FirstOrDefault(e => e.Name.LocalName == "Version")?.Value.Trim();
        return string.IsNullOrEmpty(version) ? throw new InvalidOperationException("Directory.Build.props sets no <Version>.") : version;
    }

    private static void DeleteDirectory(string path)
    {
        // A process that was killed on a timeout may still release files for a moment.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return;
            }
            catch (Exception e) when ((e is IOException or UnauthorizedAccessException) && attempt < 5)
            {
                Thread.Sleep(500 * attempt);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return; // Leave it to the OS's temp cleanup rather than fail a passing test.
            }
        }
    }
}
