using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Threading.Tasks;
using Xunit;

namespace EntityDtoGen.Package.Tests;

/// <summary>
/// A user's first five minutes: a new console app, `dotnet add package EntityDtoGen`, an entity, build, run. The
/// package comes only from the freshly packed folder, restored into an empty packages folder of its own, so a copy
/// of the same version cached by an earlier run cannot stand in for a broken new package.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class FreshConsumerTests
{
    private const string Entity = """
        using System;
        using System.ComponentModel.DataAnnotations;
        using EntityDtoGen;

        namespace Consumer;

        [GenerateDtos]
        public class User
        {
            [ServerGenerated] public Guid Id { get; set; }
            [EmailAddress, MaxLength(256)] public required string Email { get; set; }
            [Secret] public string HashedPassword { get; set; } = "";
            public string? DisplayName { get; set; }
        }
        """;

    private const string Program = """"
        using System;
        using System.Linq;
        using System.Reflection;
        using System.Text.Json;
        using Consumer;

        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        static string Members(Type type) => string.Join(",", type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Order(StringComparer.Ordinal));
        Console.WriteLine($"create members: {Members(typeof(UserCreate))}");
        Console.WriteLine($"read members: {Members(typeof(UserRead))}");
        Console.WriteLine($"update members: {Members(typeof(UserUpdate))}");

        // A client over-posts an id and a password hash; Create has no member for either.
        var body = """{ "id": "99999999-9999-9999-9999-999999999999", "email": "ada@example.com", "hashedPassword": "posted", "displayName": "Ada" }""";
        var user = JsonSerializer.Deserialize<UserCreate>(body, web)!.ToEntity();
        Console.WriteLine($"entity: id={user.Id} email={user.Email} hashedPassword='{user.HashedPassword}' displayName={user.DisplayName}");

        user.Id = new Guid("11111111-1111-1111-1111-111111111111");
        user.HashedPassword = "secret-hash";
        Console.WriteLine($"read: {JsonSerializer.Serialize(user.ToRead(), web)}");

        // PATCH: an explicit null clears, an absent member stays.
        var patch = JsonSerializer.Deserialize<UserUpdate>("""{"displayName":null}""", web)!;
        patch.ApplyTo(user);
        Console.WriteLine($"patched: email={user.Email} displayName={user.DisplayName ?? "(null)"}");
        Console.WriteLine($"read after patch: {JsonSerializer.Serialize(user.ToRead(), web)}");
        """";

    private readonly PackageFixture _package;

    public FreshConsumerTests(PackageFixture package) => _package = package;

    [Fact]
    public async Task NewConsoleAppInstallsThePackageBuildsWithWarningsAsErrorsAndRuns()
    {
        _package.AssertPacked();

        var app = Path.Combine(_package.TempRoot, "consumer");
        var packages = Path.Combine(_package.TempRoot, "consumer-packages");
        Directory.CreateDirectory(app);
        var restoreEnvironment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages };

        await Run(app, null, "new", "console", "--name", "Consumer", "--output", app, "--framework", "net10.0", "--no-restore");

        // The freshly packed folder is the only package source.
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="entitydtogen-under-test" value="{SecurityElement.Escape(_package.FeedDirectory)}" />
              </packageSources>
              <fallbackPackageFolders>
                <clear />
              </fallbackPackageFolders>
              <packageSourceMapping>
                <clear />
              </packageSourceMapping>
            </configuration>
            """);

        await Run(app, restoreEnvironment, "add", "Consumer.csproj", "package", "EntityDtoGen", "--version", _package.Version);

        var projectPath = Path.Combine(app, "Consumer.csproj");
        var project = File.ReadAllText(projectPath);
        Assert.Contains($"""<PackageReference Include="EntityDtoGen" Version="{_package.Version}" />""", project, StringComparison.Ordinal);
        // As strict as a careful team: nullable on (the template already has it) and every warning an error.
        project = project.Replace("</Project>", """
              <PropertyGroup>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
            </Project>
            """, StringComparison.Ordinal);
        File.WriteAllText(projectPath, project);
        File.WriteAllText(Path.Combine(app, "User.cs"), Entity);
        File.WriteAllText(Path.Combine(app, "Program.cs"), Program);

        // Restored from the feed into the empty packages folder, not from any cache.
        var restored = Path.Combine(packages, "entitydtogen", _package.Version);
        Assert.True(File.Exists(Path.Combine(restored, "analyzers", "dotnet", "cs", "EntityDtoGen.dll")), $"EntityDtoGen {_package.Version} was not restored into {packages}");
        Assert.Equal(File.ReadAllBytes(_package.PackagePath), File.ReadAllBytes(Path.Combine(restored, $"entitydtogen.{_package.Version}.nupkg")));

        var build = await Run(app, restoreEnvironment, "build", "Consumer.csproj", "--configuration", "Release", "-tl:off", "-p:EmitCompilerGeneratedFiles=true");
        Assert.True(build.StandardOutput.Contains("0 Warning(s)", StringComparison.Ordinal), "the build should report no warnings:\n" + build.Describe());
        // A console app keeps reflection-based JSON, so the package's build/EntityDtoGen.targets leaves the metadata out.
        Assert.True(GeneratedFiles(app, "DtoMappings.g.cs").Length == 1, build.Describe());
        Assert.Empty(GeneratedFiles(app, "Json.g.cs"));

        var run = await Run(app, restoreEnvironment, "run", "--project", "Consumer.csproj", "--configuration", "Release", "--no-build");
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var output = run.Describe();

        Assert.True(lines.Contains("create members: DisplayName,Email"), output);
        Assert.True(lines.Contains("read members: DisplayName,Email,Id"), output);
        Assert.True(lines.Contains("update members: DisplayName,Email"), output);
        Assert.True(lines.Contains("entity: id=00000000-0000-0000-0000-000000000000 email=ada@example.com hashedPassword='' displayName=Ada"), output);

        var read = Assert.Single(lines, l => l.StartsWith("read: ", StringComparison.Ordinal));
        Assert.Contains("\"id\":\"11111111-1111-1111-1111-111111111111\"", read, StringComparison.Ordinal);
        Assert.Contains("\"displayName\":\"Ada\"", read, StringComparison.Ordinal);
        Assert.DoesNotContain("hashedPassword", read, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret-hash", run.StandardOutput, StringComparison.Ordinal);

        Assert.True(lines.Contains("patched: email=ada@example.com displayName=(null)"), output);
        var readAfterPatch = Assert.Single(lines, l => l.StartsWith("read after patch: ", StringComparison.Ordinal));
        Assert.Contains("\"displayName\":null", readAfterPatch, StringComparison.Ordinal);
        Assert.Contains("\"email\":\"ada@example.com\"", readAfterPatch, StringComparison.Ordinal);
        Assert.DoesNotContain("hashedPassword", readAfterPatch, StringComparison.OrdinalIgnoreCase);

        // With reflection-based JSON off (a property the targets make visible to the generator), the metadata is there.
        var withoutReflection = await Run(app, restoreEnvironment, "build", "Consumer.csproj", "--configuration", "Release", "-tl:off", "-p:EmitCompilerGeneratedFiles=true", "-p:JsonSerializerIsReflectionEnabledByDefault=false");
        Assert.True(GeneratedFiles(app, "Json.g.cs").Length == 1, withoutReflection.Describe());
    }

    private static string[] GeneratedFiles(string app, string suffix) =>
        Directory.GetFiles(Path.Combine(app, "obj"), "*." + suffix, SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("EntityDtoGen.", StringComparison.Ordinal))
            .ToArray();

    private static async Task<CommandResult> Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var result = await DotNetCli.RunAsync(workingDirectory, PackageFixture.CommandTimeout, environment, arguments);
        Assert.True(result.Succeeded, result.Describe());
        return result;
    }
}
