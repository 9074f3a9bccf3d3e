using System.Diagnostics;

namespace IacLint.Tests;

public sealed record ProcessRun(int ExitCode, string Output);

/// <summary>
/// Packs every package once per test run into a private feed with build/pack.sh, the way a release does (the tool's
/// entry package, its native package for this platform, the framework-dependent fallback and IacLint.MSBuild), under a
/// version no earlier run used, and gives tests an isolated NuGet cache so nothing stale from ~/.nuget is ever picked
/// up. The packing builds a copy of the sources: a new version rebuilds every assembly, which must not happen under
/// the other test assemblies running from the repository's own build output.
/// </summary>
public sealed class Packages : IDisposable
{
    public Packages()
    {
        Work = Path.Combine(Path.GetTempPath(), "iaclint-pkg-" + Guid.NewGuid().ToString("N")[..10]);
        Feed = Path.Combine(Work, "feed");
        NuGetCache = Path.Combine(Work, "nuget-cache");
        Directory.CreateDirectory(Feed);
        // A release version (the README's `dotnet tool install IacLint` takes no prerelease) no earlier run used; it is
        // also the assemblies' version, whose parts must stay below 65536: hours since 2026, then the second.
        var since = DateTime.UtcNow - new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Version = $"0.{(long)since.TotalHours}.{since.Minutes * 60 + since.Seconds}";
        var sources = Path.Combine(Work, "sources");
        CopySources(TestPaths.RepoRoot, sources);
        // The machine's NuGet cache (not the isolated one): the build restores the same packages as the repository's.
        var run = Run("bash", sources, null, Path.Combine("build", "pack.sh"), "--output", Feed, "--version", Version);
        run.ExitCode.ShouldBe(0, run.Output);
        PackOutput = run.Output;
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

    /// <summary>What a fresh clone has of the product: src/ without build output, build/pack.sh and the root files.</summary>
    private static void CopySources(string repository, string target)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "NuGet.config", Path.Combine("build", "pack.sh") })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, file))!);
            File.Copy(Path.Combine(repository, file), Path.Combine(target, file));
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(repository, "src"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(repository, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Contains("bin") || parts.Contains("obj")) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
    }

    public string Work { get; }

    /// <summary>What build/pack.sh printed.</summary>
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
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish in 15 minutes");
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
