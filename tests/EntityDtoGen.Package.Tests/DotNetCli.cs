using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace EntityDtoGen.Package.Tests;

/// <summary>The result of one <c>dotnet</c> command: exit code and everything it printed.</summary>
internal sealed record CommandResult(string CommandLine, string WorkingDirectory, int ExitCode, bool TimedOut, TimeSpan Elapsed, string StandardOutput, string StandardError)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>The whole run, for assertion messages.</summary>
    public string Describe() =>
        $"""
        > {CommandLine}
          in {WorkingDirectory}
          {(TimedOut ? "TIMED OUT and was killed" : $"exit code {ExitCode}")} after {Elapsed.TotalSeconds:0.0}s
        --- stdout ---
        {StandardOutput}
        --- stderr ---
        {StandardError}
        """;
}

/// <summary>Runs the dotnet CLI the way a user or CI would, with a time limit and captured output.</summary>
internal static class DotNetCli
{
    /// <summary>
    /// The dotnet host running these tests (set by the CLI for the processes it starts), so the child commands use the
    /// same SDK; plain <c>dotnet</c> from PATH otherwise.
    /// </summary>
    private static readonly string DotNetPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static async Task<CommandResult> RunAsync(
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment,
        params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(DotNetPath)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // The test host inherits MSBuild variables from the `dotnet test` that started it; a child SDK command must
        // find its own MSBuild, as it does on a user's machine.
        foreach (var name in InheritedNames())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase))
            {
                startInfo.Environment.Remove(name);
            }
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        startInfo.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        // No build servers or reused MSBuild nodes outliving the command: they would hold its output pipes open and
        // keep running after the test.
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        startInfo.Environment["UseSharedCompilation"] = "false";
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                startInfo.Environment[name] = value;
            }
        }

        var commandLine = "dotnet " + string.Join(" ", arguments);
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var timedOut = false;
        using (var cancellation = new CancellationTokenSource(timeout))
        {
            try
            {
                await process.WaitForExitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = true;
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It exited in the meantime.
                }
            }
        }

        if (timedOut)
        {
            process.WaitForExit(5_000);
        }

        stopwatch.Stop();
        return new CommandResult(
            commandLine,
            workingDirectory,
            timedOut || !process.HasExited ? -1 : process.ExitCode,
            timedOut,
            stopwatch.Elapsed,
            Read(stdout),
            Read(stderr));
    }

    private static IEnumerable<string> InheritedNames()
    {
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            yield return (string)variable.Key;
        }
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }
}
