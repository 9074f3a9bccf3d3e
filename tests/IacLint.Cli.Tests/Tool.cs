using System.Diagnostics;
using System.Runtime.InteropServices;

namespace IacLint.Tests;

public sealed record ToolRun(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs <c>iaclint</c> as a separate process, as users and CI do: the native (Native AOT) executable that the tool's
/// package for this platform ships, published once per test run, or the framework-dependent build (the fallback
/// package for other platforms) where a test asks for it.
/// </summary>
internal static class Tool
{
    private static readonly string Configuration =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    private static readonly string CliProject = Path.Combine(TestPaths.RepoRoot, "src", "IacLint.Cli");

    /// <summary>The framework-dependent build, run with <c>dotnet</c>.</summary>
    public static string Dll { get; } = Path.Combine(CliProject, "bin", Configuration, "net10.0", "iaclint.dll");

    private static readonly Lazy<string> NativeExecutable = new(PublishNative);

    /// <summary>The native executable, published from the same sources as <see cref="Dll"/>.</summary>
    public static string Native => NativeExecutable.Value;

    private static string PublishNative()
    {
        var output = Path.Combine(CliProject, "bin", Configuration, "native-for-tests");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "publish", CliProject, "-c", Configuration, "-r", RuntimeInformation.RuntimeIdentifier, "-o", output, "-nologo" }) start.ArgumentList.Add(arg);
        // The test host's MSBuild variables would leak into the nested build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList()) start.Environment.Remove(key);
        var run = Execute(start, TimeSpan.FromMinutes(10), "publishing the native iaclint");
        var executable = Path.Combine(output, OperatingSystem.IsWindows() ? "iaclint.exe" : "iaclint");
        if (run.ExitCode != 0 || !File.Exists(executable)) throw new InvalidOperationException($"dotnet publish of the native tool failed:\n{run.Stdout}{run.Stderr}");
        return executable;
    }

    /// <summary>Runs the tool in <paramref name="workingDirectory"/>.</summary>
    public static ToolRun In(string workingDirectory, params string[] args) => WithEnvironment(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs the tool with extra environment variables (GitHub Actions' own are always removed first, so
    /// the tests behave the same in CI).</summary>
    public static ToolRun WithEnvironment(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Start(native: true, workingDirectory, environment, args);

    /// <summary>Runs the framework-dependent build (what <c>IacLint.any</c> installs) in <paramref name="workingDirectory"/>.</summary>
    public static ToolRun FrameworkDependentIn(string workingDirectory, params string[] args) =>
        Start(native: false, workingDirectory, new Dictionary<string, string>(), args);

    private static ToolRun Start(bool native, string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        ProcessStartInfo start;
        if (native)
        {
            start = new ProcessStartInfo(Native);
        }
        else
        {
            File.Exists(Dll).ShouldBeTrue($"{Dll} is not built");
            start = new ProcessStartInfo("dotnet");
            start.ArgumentList.Add(Dll);
        }
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        foreach (var name in new[] { "GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA", "GITHUB_STEP_SUMMARY" }) start.Environment.Remove(name);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return Execute(start, TimeSpan.FromMinutes(3), $"iaclint {string.Join(' ', args)}");
    }

    /// <summary>Runs a process to its end, reading both streams; kills it (and fails) after <paramref name="limit"/>.</summary>
    private static ToolRun Execute(ProcessStartInfo start, TimeSpan limit, string what)
    {
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{what} did not finish in {limit.TotalMinutes} minutes");
        }
        return new ToolRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs the tool in the repository root, where the README's commands run.</summary>
    public static ToolRun Run(params string[] args) => In(TestPaths.RepoRoot, args);
}

/// <summary>Microsoft's SARIF multitool, installed by build/sarif (npm ci), with GitHub's rules on as errors.</summary>
internal static class SarifValidator
{
    public static string Executable { get; } = Path.Combine(TestPaths.RepoRoot, "build", "sarif", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");

    /// <summary>Validates a SARIF file; returns the error and warning results of the multitool's own log.</summary>
    public static IReadOnlyList<string> Problems(string sarifPath)
    {
        File.Exists(Executable).ShouldBeTrue($"SARIF multitool missing: run 'npm ci' in build/sarif (the README's test command does)");
        var log = Path.Combine(Path.GetTempPath(), "iaclint-validate-" + Guid.NewGuid().ToString("N") + ".sarif");
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "validate", sarifPath, "--rule-kind", "Sarif;Gh;Ghas",
                     "--config", Path.Combine(TestPaths.RepoRoot, "build", "sarif", "github-policy.xml"),
                     "--output", log, "--log", "ForceOverwrite",
                 })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        using (var process = Process.Start(start)!)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            File.Exists(log).ShouldBeTrue($"multitool wrote no log: {output.Result}");
        }
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(log));
            var problems = new List<string>();
            foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (!run.TryGetProperty("results", out var results)) continue;
                foreach (var result in results.EnumerateArray())
                {
                    // SARIF's default level is warning; notes and 'none' are informational.
                    var level = result.TryGetProperty("level", out var l) ? l.GetString() : "warning";
                    if (level is not ("error" or "warning")) continue;
                    problems.Add($"{result.GetProperty("ruleId").GetString()} {level}: {result.GetProperty("message")}");
                }
            }
            return problems;
        }
        finally
        {
            File.Delete(log);
        }
    }
}
