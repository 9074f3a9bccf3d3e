using System.Diagnostics;

namespace IacLint.Tests;

public sealed record ProcessRun(int ExitCode, string Output);

/// <summary>
/// Packs both packages once per test run into a private feed, under a version no earlier run used, and gives tests
/// an isolated NuGet cache so nothing stale from ~/.nuget is ever picked up.
/// </summary>
public sealed class Packages : IDisposable
{
    private static readonly string Configuration =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    public Packages()
    {
        Work = Path.Combine(Path.GetTempPath(), "iaclint-pkg-" + Guid.NewGuid().ToString("N")[..10]);
        Feed = Path.Combine(Work, "feed");
        NuGetCache = Path.Combine(Work, "nuget-cache");
        Directory.CreateDirectory(Feed);
        // A release version (the README's `dotnet tool install IacLint` takes no prerelease) no earlier run used.
        Version = "0.1." + (long)(DateTime.UtcNow - new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds;
        var packOutput = new System.Text.StringBuilder();
        foreach (var project in new[] { "IacLint.Cli", "IacLint.MSBuild" })
        {
            var run = Dotnet(TestPaths.RepoRoot, "pack", Path.Combine("src", project), "--no-build", "-c", Configuration, "-o", Feed, $"-p:Version={Version}");
            run.ExitCode.ShouldBe(0, run.Output);
            packOutput.Append(run.Output);
        }
        PackOutput = packOutput.ToString();
        File.WriteAllText(Path.Combine(Work, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="iaclint-test-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    public string Work { get; }

    /// <summary>What <c>dotnet pack</c> printed for both packages.</summary>
    public string PackOutput { get; }

    public string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    public string Feed { get; }

    public string NuGetCache { get; }

    public string Version { get; }

    public string NuGetConfig => Path.Combine(Work, "NuGet.config");

    /// <summary>Runs dotnet with a clean MSBuild environment (nothing inherited from the test host), no build
    /// servers left behind, and the isolated NuGet cache.</summary>
    public ProcessRun Dotnet(string workingDirectory, params string[] args) => Run("dotnet", workingDirectory, NuGetCache, args);

    public static ProcessRun Run(string fileName, string workingDirectory, string? nugetCache, params string[] args) =>
        Run(fileName, workingDirectory, nugetCache, new Dictionary<string, string>(), args);

    public static ProcessRun Run(string fileName, string workingDirectory, string? nugetCache, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)) start.Environment.Remove(key);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        if (nugetCache is not null) start.Environment["NUGET_PACKAGES"] = nugetCache;
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish in 5 minutes");
        }
        return new ProcessRun(process.ExitCode, stdout.Result + stderr.Result);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<Packages>
{
    public const string Name = "packed packages";
}
