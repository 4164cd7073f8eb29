using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace EntityDtoGen.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions following Verify's conventions: <c>{TestClass}.{TestMethod}#{name}.verified.cs</c>
/// beside the test source, a <c>.received.cs</c> file on failure, and <c>VERIFY_AUTOVERIFY</c> to accept.
/// </summary>
public static class Snapshot
{
    private const string VerifiedKind = "verified";
    private const string ReceivedKind = "received";
    private const int DiffContextLines = 2;
    private const int MissingPreviewLines = 40;

    private const string AcceptHint =
        "To accept, run `VERIFY_AUTOVERIFY=1 dotnet test` (ignored when CI is set) " +
        "or rename the .received.cs file to .verified.cs.";

    private const string CiRefusalNote = "VERIFY_AUTOVERIFY was ignored because CI is set.";

    private static readonly Regex GeneratorVersion = new(
        @"(GeneratedCode\(\s*""EntityDtoGen""\s*,\s*)""[^""]*""",
        RegexOptions.CultureInvariant);

    // Deterministic CI builds (ContinuousIntegrationBuild) rewrite source paths to "/_/..." via PathMap,
    // and that rewritten path is what [CallerFilePath] receives.
    private static readonly Regex MappedSourceRoot = new(@"^[/\\]_\d*[/\\]", RegexOptions.CultureInvariant);

    private enum AutoVerify
    {
        Off,
        Accept,
        RefusedOnCi,
    }

    /// <summary>The folder beside each test file that holds its snapshots (Verify's <c>UseDirectory</c> convention).</summary>
    public const string SnapshotFolder = "Snapshots";

    /// <summary>
    /// Matches <paramref name="actual"/> against <c>Snapshots/{TestClass}.{TestMethod}#{snapshotName}.verified.cs</c>
    /// beside the calling test file; TestClass is that file's name without extension.
    /// </summary>
    public static void Match(
        string actual,
        string snapshotName,
        [CallerFilePath] string callerFilePath = "",
        [CallerMemberName] string callerMemberName = "")
    {
        Match(
            actual,
            Path.Combine(ResolveSourceDirectory(callerFilePath, AppContext.BaseDirectory), SnapshotFolder),
            Path.GetFileNameWithoutExtension(callerFilePath),
            callerMemberName,
            snapshotName);
    }

    /// <summary>Matches <paramref name="actual"/> against a snapshot in an explicit directory.</summary>
    public static void Match(string actual, string directory, string testClass, string testMethod, string snapshotName)
    {
        string? failure = Check(actual, directory, testClass, testMethod, snapshotName, ReadAutoVerify());
        if (failure is not null)
        {
            throw new SnapshotMismatchException(failure);
        }
    }

    /// <summary>
    /// Matches every generated file (snapshot name = hint name without ".cs") and fails once with all
    /// problems, including verified snapshots of this test that no generated file produces any more.
    /// </summary>
    public static void MatchAll(
        IEnumerable<(string HintName, string Text)> files,
        [CallerFilePath] string callerFilePath = "",
        [CallerMemberName] string callerMemberName = "")
    {
        MatchAll(
            files,
            Path.Combine(ResolveSourceDirectory(callerFilePath, AppContext.BaseDirectory), SnapshotFolder),
            Path.GetFileNameWithoutExtension(callerFilePath),
            callerMemberName);
    }

    /// <summary>Like the caller-info overload, with an explicit directory, class and method.</summary>
    public static void MatchAll(
        IEnumerable<(string HintName, string Text)> files,
        string directory,
        string testClass,
        string testMethod)
    {
        AutoVerify autoVerify = ReadAutoVerify();
        var failures = new List<string>();
        var produced = new HashSet<string>(StringComparer.Ordinal);

        foreach ((string hintName, string text) in files)
        {
            string snapshotName = SnapshotNameFromHintName(hintName);
            if (!produced.Add(snapshotName))
            {
                throw new ArgumentException($"More than one generated file maps to snapshot '{snapshotName}'.", nameof(files));
            }

            string? failure = Check(text, directory, testClass, testMethod, snapshotName, autoVerify);
            if (failure is not null)
            {
                failures.Add(failure);
            }
        }

        string? staleFailure = CheckStale(directory, testClass, testMethod, produced, autoVerify);
        if (staleFailure is not null)
        {
            failures.Add(staleFailure);
        }

        if (failures.Count > 0)
        {
            string header = $"{failures.Count} snapshot problem(s) in {testClass}.{testMethod}:\n\n";
            throw new SnapshotMismatchException(header + string.Join("\n\n", failures));
        }
    }

    /// <summary>
    /// The snapshot file name <c>{testClass}.{testMethod}#{snapshotName}.{kind}.cs</c>;
    /// <paramref name="kind"/> is "verified" or "received".
    /// </summary>
    public static string FileNameFor(string testClass, string testMethod, string snapshotName, string kind)
    {
        if (kind is not (VerifiedKind or ReceivedKind))
        {
            throw new ArgumentException($"Kind must be \"{VerifiedKind}\" or \"{ReceivedKind}\", not \"{kind}\".", nameof(kind));
        }

        return $"{testClass}.{testMethod}#{snapshotName}.{kind}.cs";
    }

    /// <summary>The snapshot name for a generator hint name: the hint name without a trailing ".cs".</summary>
    public static string SnapshotNameFromHintName(string hintName) =>
        hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^".cs".Length] : hintName;

    /// <summary>Replaces the EntityDtoGen version in <c>GeneratedCode("EntityDtoGen", "...")</c> with <c>{version}</c>.</summary>
    public static string Scrub(string text) => GeneratorVersion.Replace(text, "$1\"{version}\"");

    /// <summary>
    /// The directory holding the test source file. When the path was rewritten by PathMap, the file is
    /// looked up relative to <paramref name="searchFrom"/> and each of its ancestors.
    /// </summary>
    internal static string ResolveSourceDirectory(string callerFilePath, string searchFrom)
    {
        if (File.Exists(callerFilePath))
        {
            return Path.GetDirectoryName(callerFilePath)!;
        }

        var mappedRoot = MappedSourceRoot.Match(callerFilePath);
        if (mappedRoot.Success)
        {
            string relativePath = callerFilePath[mappedRoot.Length..];
            for (DirectoryInfo? directory = new(searchFrom); directory is not null; directory = directory.Parent)
            {
                string candidate = Path.Combine(directory.FullName, relativePath);
                if (File.Exists(candidate))
                {
                    return Path.GetDirectoryName(candidate)!;
                }
            }
        }

        throw new InvalidOperationException(
            $"Cannot find the test source file '{callerFilePath}' to place snapshots beside it " +
            $"(also searched relative to '{searchFrom}' and its parents).");
    }

    private static string? Check(
        string actual,
        string directory,
        string testClass,
        string testMethod,
        string snapshotName,
        AutoVerify autoVerify)
    {
        string received = Normalize(Scrub(actual));
        string verifiedPath = Path.Combine(directory, FileNameFor(testClass, testMethod, snapshotName, VerifiedKind));
        string receivedPath = Path.Combine(directory, FileNameFor(testClass, testMethod, snapshotName, ReceivedKind));
        string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;

        if (verified == received)
        {
            File.Delete(receivedPath);
            return null;
        }

        Directory.CreateDirectory(directory);
        if (autoVerify == AutoVerify.Accept)
        {
            File.WriteAllText(verifiedPath, received);
            File.Delete(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, received);

        string displayName = $"{testClass}.{testMethod}#{snapshotName}";
        var message = new StringBuilder();
        if (verified is null)
        {
            message.Append($"Snapshot '{displayName}': no verified snapshot yet.\n");
        }
        else
        {
            message.Append($"Snapshot '{displayName}' differs from the verified snapshot.\n");
            message.Append($"Verified: {verifiedPath}\n");
        }

        message.Append($"Received: {receivedPath}\n");
        message.Append(AcceptHint).Append('\n');
        if (autoVerify == AutoVerify.RefusedOnCi)
        {
            message.Append(CiRefusalNote).Append('\n');
        }

        if (verified is null)
        {
            message.Append(Preview(received));
        }
        else
        {
            message.Append("Diff (- verified, + received):\n").Append(Diff(verified, received));
        }

        return message.ToString().TrimEnd('\n');
    }

    private static string? CheckStale(
        string directory,
        string testClass,
        string testMethod,
        IReadOnlySet<string> produced,
        AutoVerify autoVerify)
    {
        if (!Directory.Exists(directory))
        {
            return null;
        }

        // Leftover received files of snapshots that are no longer generated would resurrect them if renamed.
        foreach (string orphan in FindUnproduced(directory, testClass, testMethod, ReceivedKind, produced))
        {
            File.Delete(orphan);
        }

        List<string> stale = FindUnproduced(directory, testClass, testMethod, VerifiedKind, produced);
        if (stale.Count == 0)
        {
            return null;
        }

        if (autoVerify == AutoVerify.Accept)
        {
            stale.ForEach(File.Delete);
            return null;
        }

        var message = new StringBuilder();
        message.Append($"{stale.Count} verified snapshot(s) of {testClass}.{testMethod} no longer correspond to any generated file:\n");
        foreach (string path in stale)
        {
            message.Append($"  {path}\n");
        }

        message.Append("Delete them, or run `VERIFY_AUTOVERIFY=1 dotnet test` (ignored when CI is set) to remove them.");
        if (autoVerify == AutoVerify.RefusedOnCi)
        {
            message.Append('\n').Append(CiRefusalNote);
        }

        return message.ToString();
    }

    private static List<string> FindUnproduced(
        string directory,
        string testClass,
        string testMethod,
        string kind,
        IReadOnlySet<string> produced)
    {
        string prefix = $"{testClass}.{testMethod}#";
        string suffix = $".{kind}.cs";

        // Filtered by hand because search patterns ("*.cs") have platform-specific quirks.
        return Directory.EnumerateFiles(directory)
            .Where(path =>
            {
                string name = Path.GetFileName(path);
                return name.StartsWith(prefix, StringComparison.Ordinal)
                    && name.EndsWith(suffix, StringComparison.Ordinal)
                    && name.Length >= prefix.Length + suffix.Length
                    && !produced.Contains(name[prefix.Length..^suffix.Length]);
            })
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static AutoVerify ReadAutoVerify()
    {
        string? requested = Environment.GetEnvironmentVariable("VERIFY_AUTOVERIFY");
        if (requested != "1" && !string.Equals(requested, "true", StringComparison.OrdinalIgnoreCase))
        {
            return AutoVerify.Off;
        }

        return string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) ? AutoVerify.Accept : AutoVerify.RefusedOnCi;
    }

    private static string Normalize(string text) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').TrimEnd('\n') + "\n";

    private static string Preview(string received)
    {
        string[] lines = received[..^1].Split('\n');
        var preview = new StringBuilder();
        preview.Append($"Received content (first {Math.Min(lines.Length, MissingPreviewLines)} of {lines.Length} lines):\n");
        foreach (string line in lines.Take(MissingPreviewLines))
        {
            preview.Append(line).Append('\n');
        }

        if (lines.Length > MissingPreviewLines)
        {
            preview.Append($"... ({lines.Length - MissingPreviewLines} more lines)\n");
        }

        return preview.ToString();
    }

    private static string Diff(string verified, string received)
    {
        // Both texts end in the newline Normalize adds; diffing it would show a blank trailing line.
        List<DiffPiece> lines = InlineDiffBuilder.Diff(verified[..^1], received[..^1], ignoreWhiteSpace: false).Lines;

        var shown = new bool[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is ChangeType.Deleted or ChangeType.Inserted)
            {
                int from = Math.Max(0, i - DiffContextLines);
                int to = Math.Min(lines.Count - 1, i + DiffContextLines);
                Array.Fill(shown, true, from, to - from + 1);
            }
        }

        var diff = new StringBuilder();
        int lastShown = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            if (!shown[i])
            {
                continue;
            }

            if (lastShown >= 0 && i > lastShown + 1)
            {
                diff.Append("...\n");
            }

            string prefix = lines[i].Type switch
            {
                ChangeType.Deleted => "- ",
                ChangeType.Inserted => "+ ",
                _ => "  ",
            };
            diff.Append(prefix).Append(lines[i].Text).Append('\n');
            lastShown = i;
        }

        return diff.ToString();
    }
}

/// <summary>A snapshot did not match its verified file, or a verified file is missing or stale.</summary>
public sealed class SnapshotMismatchException : XunitException
{
    /// <summary>Creates the exception with the full failure report.</summary>
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }
}
