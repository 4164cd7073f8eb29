using System;
using System.IO;
using System.Linq;
using Xunit;

namespace EntityDtoGen.Tests.Infrastructure;

/// <summary>Tests that read or change process-wide environment variables; run apart from all other tests.</summary>
[CollectionDefinition("Environment", DisableParallelization = true)]
public sealed class EnvironmentCollection
{
}

// Every test pins VERIFY_AUTOVERIFY and CI, because a developer running `VERIFY_AUTOVERIFY=1 dotnet test`
// or a CI server would otherwise change the outcome.
[Collection("Environment")]
public sealed class SnapshotTests : IDisposable
{
    private const string TestClass = "FakeTests";
    private const string TestMethod = "Method";

    private readonly string _directory =
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "EntityDtoGen.SnapshotTests." + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Missing_verified_writes_received_and_throws()
    {
        var error = WithEnvironment(autoVerify: null, ci: null, () =>
            Assert.Throws<SnapshotMismatchException>(() => Match("class A\r\n{\r\n}", "A.g")));

        Assert.False(File.Exists(VerifiedPath("A.g")));
        Assert.Equal("class A\n{\n}\n", File.ReadAllText(ReceivedPath("A.g")));
        Assert.Contains("no verified snapshot yet", error.Message);
        Assert.Contains(ReceivedPath("A.g"), error.Message);
        Assert.Contains("VERIFY_AUTOVERIFY=1 dotnet test", error.Message);
        Assert.Contains("class A\n{\n}", error.Message);
    }

    [Fact]
    public void Missing_verified_message_shows_only_the_first_40_lines()
    {
        string actual = string.Join("\n", Enumerable.Range(1, 50).Select(i => $"L{i:D2}"));

        var error = WithEnvironment(autoVerify: null, ci: null, () =>
            Assert.Throws<SnapshotMismatchException>(() => Match(actual, "Long.g")));

        Assert.Contains("L01\n", error.Message);
        Assert.Contains("L40\n", error.Message);
        Assert.DoesNotContain("L41", error.Message);
        Assert.Contains("10 more lines", error.Message);
    }

    [Fact]
    public void Matching_snapshot_passes_and_deletes_stale_received()
    {
        File.WriteAllText(VerifiedPath("A.g"), "class A {}\n");
        File.WriteAllText(ReceivedPath("A.g"), "class Old {}\n");

        WithEnvironment(autoVerify: null, ci: null, () => Match("class A {}\n", "A.g"));

        Assert.False(File.Exists(ReceivedPath("A.g")));
        Assert.Equal("class A {}\n", File.ReadAllText(VerifiedPath("A.g")));
    }

    [Theory]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("a\nb\n", "a\r\nb\r\n")]
    [InlineData("a\rb", "a\nb\n")]
    [InlineData("a\nb", "a\nb\n\n\n")]
    public void Line_endings_and_trailing_newlines_do_not_matter(string actual, string verified)
    {
        File.WriteAllText(VerifiedPath("A.g"), verified);

        WithEnvironment(autoVerify: null, ci: null, () => Match(actual, "A.g"));

        Assert.False(File.Exists(ReceivedPath("A.g")));
    }

    [Theory]
    [InlineData("0.1.0")]
    [InlineData("1.2.3-beta.4+abc123")]
    [InlineData("")]
    public void Scrub_replaces_any_generator_version(string version)
    {
        string text = $"[global::System.CodeDom.Compiler.GeneratedCode(\"EntityDtoGen\", \"{version}\")]";

        Assert.Equal("[global::System.CodeDom.Compiler.GeneratedCode(\"EntityDtoGen\", \"{version}\")]", Snapshot.Scrub(text));
    }

    [Fact]
    public void Scrub_leaves_other_generators_alone()
    {
        const string text = "[global::System.CodeDom.Compiler.GeneratedCode(\"Other\", \"1.0.0\")]";

        Assert.Equal(text, Snapshot.Scrub(text));
    }

    [Fact]
    public void Version_is_scrubbed_before_comparing_and_in_the_received_file()
    {
        const string scrubbed = "[global::System.CodeDom.Compiler.GeneratedCode(\"EntityDtoGen\", \"{version}\")]\nclass A {}\n";
        File.WriteAllText(VerifiedPath("A.g"), scrubbed);

        WithEnvironment(autoVerify: null, ci: null, () =>
        {
            Match(scrubbed.Replace("{version}", "9.9.9"), "A.g");
            Assert.Throws<SnapshotMismatchException>(() => Match(scrubbed.Replace("{version}", "9.9.9") + "class B {}", "A.g"));
        });

        Assert.DoesNotContain("9.9.9", File.ReadAllText(ReceivedPath("A.g")));
        Assert.Contains("GeneratedCode(\"EntityDtoGen\", \"{version}\")", File.ReadAllText(ReceivedPath("A.g")));
    }

    [Fact]
    public void Mismatch_writes_received_keeps_verified_and_shows_the_diff()
    {
        string verified = Lines(1, 20);
        string actual = verified.Replace("L03\n", "L03 changed\n").Replace("L15\n", "").Replace("L16\n", "L16\nL16b\n");
        File.WriteAllText(VerifiedPath("A.g"), verified);

        var error = WithEnvironment(autoVerify: null, ci: null, () =>
            Assert.Throws<SnapshotMismatchException>(() => Match(actual, "A.g")));

        Assert.Equal(verified, File.ReadAllText(VerifiedPath("A.g")));
        Assert.Equal(actual, File.ReadAllText(ReceivedPath("A.g")));
        Assert.Contains($"{TestClass}.{TestMethod}#A.g", error.Message);
        Assert.Contains(ReceivedPath("A.g"), error.Message);
        Assert.Contains("VERIFY_AUTOVERIFY=1 dotnet test", error.Message);
        const string expectedDiff =
            "  L01\n" +
            "  L02\n" +
            "- L03\n" +
            "+ L03 changed\n" +
            "  L04\n" +
            "  L05\n" +
            "...\n" +
            "  L13\n" +
            "  L14\n" +
            "- L15\n" +
            "  L16\n" +
            "+ L16b\n" +
            "  L17\n" +
            "  L18";
        Assert.EndsWith("Diff (- verified, + received):\n" + expectedDiff, error.Message);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("true")]
    public void Autoverify_accepts_when_ci_is_unset(string autoVerify)
    {
        File.WriteAllText(VerifiedPath("A.g"), "old\n");
        File.WriteAllText(ReceivedPath("A.g"), "stale\n");

        WithEnvironment(autoVerify, ci: null, () =>
        {
            Match("new", "A.g");
            Match("created", "B.g");
        });

        Assert.Equal("new\n", File.ReadAllText(VerifiedPath("A.g")));
        Assert.Equal("created\n", File.ReadAllText(VerifiedPath("B.g")));
        Assert.False(File.Exists(ReceivedPath("A.g")));
        Assert.False(File.Exists(ReceivedPath("B.g")));
    }

    [Theory]
    [InlineData("1", "true")]
    [InlineData("true", "1")]
    public void Autoverify_is_refused_when_ci_is_set(string autoVerify, string ci)
    {
        File.WriteAllText(VerifiedPath("A.g"), "old\n");

        var error = WithEnvironment(autoVerify, ci, () =>
            Assert.Throws<SnapshotMismatchException>(() => Match("new", "A.g")));

        Assert.Equal("old\n", File.ReadAllText(VerifiedPath("A.g")));
        Assert.Equal("new\n", File.ReadAllText(ReceivedPath("A.g")));
        Assert.Contains("ignored because CI is set", error.Message);
    }

    [Fact]
    public void MatchAll_reports_every_failure_and_writes_every_received_file()
    {
        File.WriteAllText(VerifiedPath("Same.g"), "same\n");
        File.WriteAllText(VerifiedPath("Changed.g"), "before\n");

        var error = WithEnvironment(autoVerify: null, ci: null, () =>
            Assert.Throws<SnapshotMismatchException>(() => MatchAll(
                ("Same.g.cs", "same"),
                ("Changed.g.cs", "after"),
                ("New.g.cs", "new"))));

        Assert.StartsWith($"2 snapshot problem(s) in {TestClass}.{TestMethod}", error.Message);
        Assert.Contains("#Changed.g' differs", error.Message);
        Assert.Contains("#New.g': no verified snapshot yet", error.Message);
        Assert.DoesNotContain("#Same.g'", error.Message);
        Assert.False(File.Exists(ReceivedPath("Same.g")));
        Assert.Equal("after\n", File.ReadAllText(ReceivedPath("Changed.g")));
        Assert.Equal("new\n", File.ReadAllText(ReceivedPath("New.g")));
    }

    [Fact]
    public void MatchAll_fails_on_stale_verified_snapshots_of_the_same_test_only()
    {
        File.WriteAllText(VerifiedPath("Kept.g"), "kept\n");
        File.WriteAllText(VerifiedPath("Removed.g"), "removed\n");
        string otherMethod = Path.Combine(_directory, Snapshot.FileNameFor(TestClass, TestMethod + "Other", "X.g", "verified"));
        File.WriteAllText(otherMethod, "other\n");

        var error = WithEnvironment(autoVerify: null, ci: null, () =>
            Assert.Throws<SnapshotMismatchException>(() => MatchAll(("Kept.g.cs", "kept"))));

        Assert.Contains("no longer correspond to any generated file", error.Message);
        Assert.Contains(VerifiedPath("Removed.g"), error.Message);
        Assert.DoesNotContain(otherMethod, error.Message);
        Assert.True(File.Exists(VerifiedPath("Removed.g")));
    }

    [Fact]
    public void MatchAll_deletes_received_files_of_snapshots_no_longer_generated()
    {
        File.WriteAllText(VerifiedPath("Kept.g"), "kept\n");
        File.WriteAllText(ReceivedPath("Removed.g"), "removed\n");

        WithEnvironment(autoVerify: null, ci: null, () => MatchAll(("Kept.g.cs", "kept")));

        Assert.False(File.Exists(ReceivedPath("Removed.g")));
    }

    [Fact]
    public void MatchAll_autoverify_accepts_changes_and_deletes_stale_snapshots()
    {
        File.WriteAllText(VerifiedPath("Kept.g"), "old\n");
        File.WriteAllText(VerifiedPath("Removed.g"), "removed\n");

        WithEnvironment(autoVerify: "1", ci: null, () => MatchAll(("Kept.g.cs", "new")));

        Assert.Equal("new\n", File.ReadAllText(VerifiedPath("Kept.g")));
        Assert.False(File.Exists(VerifiedPath("Removed.g")));
    }

    [Fact]
    public void MatchAll_autoverify_keeps_stale_snapshots_when_ci_is_set()
    {
        File.WriteAllText(VerifiedPath("Removed.g"), "removed\n");

        var error = WithEnvironment(autoVerify: "1", ci: "true", () =>
            Assert.Throws<SnapshotMismatchException>(() => MatchAll(Array.Empty<(string, string)>())));

        Assert.True(File.Exists(VerifiedPath("Removed.g")));
        Assert.Contains("ignored because CI is set", error.Message);
    }

    [Fact]
    public void Caller_file_path_variant_names_snapshots_after_the_file_and_member_in_the_snapshots_folder()
    {
        string callerFile = Path.Combine(_directory, "GeneratorSnapshotTests.cs");
        File.WriteAllText(callerFile, "");
        string verified = Path.Combine(Directory.CreateDirectory(Path.Combine(_directory, Snapshot.SnapshotFolder)).FullName, "GeneratorSnapshotTests.SeedDomain#MyApp.Domain.User.Create.g.verified.cs");
        File.WriteAllText(verified, "class User {}\n");

        WithEnvironment(autoVerify: null, ci: null, () =>
        {
            Snapshot.Match("class User {}", "MyApp.Domain.User.Create.g", callerFile, "SeedDomain");
            Snapshot.MatchAll(new[] { ("MyApp.Domain.User.Create.g.cs", "class User {}") }, callerFile, "SeedDomain");
        });
    }

    [Fact]
    public void Path_mapped_caller_file_is_found_relative_to_an_ancestor_of_the_search_start()
    {
        string testsDirectory = Directory.CreateDirectory(Path.Combine(_directory, "tests", "Project")).FullName;
        File.WriteAllText(Path.Combine(testsDirectory, "SomeTests.cs"), "");
        string binDirectory = Directory.CreateDirectory(Path.Combine(testsDirectory, "bin", "Debug", "net10.0")).FullName;

        Assert.Equal(testsDirectory, Snapshot.ResolveSourceDirectory("/_/tests/Project/SomeTests.cs", binDirectory));
        Assert.Throws<InvalidOperationException>(() => Snapshot.ResolveSourceDirectory("/_/tests/Project/Missing.cs", binDirectory));
    }

    [Fact]
    public void Names_follow_the_verify_convention()
    {
        string snapshotName = Snapshot.SnapshotNameFromHintName("MyApp.Domain.User.Create.g.cs");

        Assert.Equal("MyApp.Domain.User.Create.g", snapshotName);
        Assert.Equal("NoExtension", Snapshot.SnapshotNameFromHintName("NoExtension"));
        Assert.Equal(
            "GeneratorSnapshotTests.SeedDomain#MyApp.Domain.User.Create.g.verified.cs",
            Snapshot.FileNameFor("GeneratorSnapshotTests", "SeedDomain", snapshotName, "verified"));
        Assert.Equal(
            "GeneratorSnapshotTests.SeedDomain#MyApp.Domain.User.Create.g.received.cs",
            Snapshot.FileNameFor("GeneratorSnapshotTests", "SeedDomain", snapshotName, "received"));
        Assert.Throws<ArgumentException>(() => Snapshot.FileNameFor("C", "M", "S", "accepted"));
    }

    private static string Lines(int from, int to) =>
        string.Concat(Enumerable.Range(from, to - from + 1).Select(i => $"L{i:D2}\n"));

    private static T WithEnvironment<T>(string? autoVerify, string? ci, Func<T> test)
    {
        string? originalAutoVerify = Environment.GetEnvironmentVariable("VERIFY_AUTOVERIFY");
        string? originalCi = Environment.GetEnvironmentVariable("CI");
        try
        {
            Environment.SetEnvironmentVariable("VERIFY_AUTOVERIFY", autoVerify);
            Environment.SetEnvironmentVariable("CI", ci);
            return test();
        }
        finally
        {
            Environment.SetEnvironmentVariable("VERIFY_AUTOVERIFY", originalAutoVerify);
            Environment.SetEnvironmentVariable("CI", originalCi);
        }
    }

    private static void WithEnvironment(string? autoVerify, string? ci, Action test) =>
        WithEnvironment(autoVerify, ci, () =>
        {
            test();
            return 0;
        });

    private void Match(string actual, string snapshotName) =>
        Snapshot.Match(actual, _directory, TestClass, TestMethod, snapshotName);

    private void MatchAll(params (string HintName, string Text)[] files) =>
        Snapshot.MatchAll(files, _directory, TestClass, TestMethod);

    private string VerifiedPath(string snapshotName) =>
        Path.Combine(_directory, Snapshot.FileNameFor(TestClass, TestMethod, snapshotName, "verified"));

    private string ReceivedPath(string snapshotName) =>
        Path.Combine(_directory, Snapshot.FileNameFor(TestClass, TestMethod, snapshotName, "received"));
}
