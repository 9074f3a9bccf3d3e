using System.Text.Json.Nodes;

namespace IacLint.Tests;

[Collection(PackagesCollection.Name)]
public class ToolPackageTests(Packages packages)
{
    [Fact]
    public void Packed_tool_installs_with_tool_path_and_audits_a_repository()
    {
        var toolPath = Path.Combine(packages.Work, "tools");
        var install = packages.Dotnet(packages.Work, "tool", "install", "IacLint", "--tool-path", toolPath, "--version", packages.Version, "--configfile", packages.NuGetConfig);
        install.ExitCode.ShouldBe(0, install.Output);

        var sarif = Path.Combine(packages.Work, "webshop.sarif");
        var run = Packages.Run(Path.Combine(toolPath, "iaclint"), TestPaths.RepoRoot, null, "testdata/repos/webshop", "--format", "sarif", "--output", sarif);
        run.ExitCode.ShouldBe(1, run.Output);
        var log = JsonNode.Parse(File.ReadAllText(sarif))!;
        log["runs"]![0]!["tool"]!["driver"]!["name"]!.GetValue<string>().ShouldBe("iaclint");
        log["runs"]![0]!["results"]!.AsArray().Count.ShouldBe(18);

        var list = packages.Dotnet(packages.Work, "tool", "list", "--tool-path", toolPath);
        list.Output.ShouldContain(packages.Version);
        list.Output.ShouldContain("iaclint");

        // On this platform the entry package installs the native build: an executable, no assemblies to JIT.
        var store = Directory.GetFiles(Path.Combine(toolPath, ".store"), "*", SearchOption.AllDirectories);
        store.ShouldNotContain(f => f.EndsWith(".dll", StringComparison.Ordinal));
        var executable = store.Single(f => Path.GetFileName(f) == "iaclint");
        File.ReadAllBytes(executable)[..4].ShouldBe(new byte[] { 0x7f, (byte)'E', (byte)'L', (byte)'F' });
    }

    /// <summary>Platforms without a native package install the framework-dependent one; it gives the same results.</summary>
    [Fact]
    public void Framework_dependent_fallback_installs_and_audits_a_repository_alike()
    {
        var toolPath = Path.Combine(packages.Work, "tools-any");
        var install = packages.Dotnet(packages.Work, "tool", "install", "IacLint.any", "--tool-path", toolPath, "--version", packages.Version, "--configfile", packages.NuGetConfig);
        install.ExitCode.ShouldBe(0, install.Output);
        Directory.GetFiles(Path.Combine(toolPath, ".store"), "iaclint.dll", SearchOption.AllDirectories).ShouldNotBeEmpty();

        var sarif = Path.Combine(packages.Work, "webshop-any.sarif");
        var run = Packages.Run(Path.Combine(toolPath, "iaclint"), TestPaths.RepoRoot, null, "testdata/repos/webshop", "--format", "sarif", "--output", sarif);
        run.ExitCode.ShouldBe(1, run.Output);
        var log = JsonNode.Parse(File.ReadAllText(sarif))!;
        log["runs"]![0]!["results"]!.AsArray().Count.ShouldBe(18);
    }

    /// <summary>The README's install commands, run as written in a fresh clone's root after <c>build/pack.sh</c> (the
    /// packed packages stand in for that step's output) with a private home for global tools.</summary>
    [Fact]
    public void Readme_install_commands_work_as_written_in_the_repository_root()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        var section = readme[readme.IndexOf("\n## Install\n", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n### ", StringComparison.Ordinal)];
        var commands = new List<string>();
        var inBlock = false;
        foreach (var line in section.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal)) inBlock = !inBlock;
            else if (inBlock && line.Trim().Length > 0) commands.Add(line.Trim());
        }
        commands.ShouldContain("bash build/pack.sh");
        commands.ShouldContain("dotnet tool install --global IacLint");
        commands.ShouldContain("dotnet tool install --local IacLint");
        File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "Directory.Build.props")).ShouldContain("<PackageOutputPath>$(MSBuildThisFileDirectory)artifacts</PackageOutputPath>");

        var clone = Path.Combine(Path.GetTempPath(), "iaclint-readme-" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            Directory.CreateDirectory(Path.Combine(clone, "artifacts"));
            File.Copy(Path.Combine(TestPaths.RepoRoot, "NuGet.config"), Path.Combine(clone, "NuGet.config"));
            foreach (var package in Directory.GetFiles(packages.Feed, "*.nupkg")) File.Copy(package, Path.Combine(clone, "artifacts", Path.GetFileName(package)));
            var webshop = Path.Combine(clone, "testdata", "repos", "webshop");
            foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.TestData, "repos", "webshop"), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(webshop, Path.GetRelativePath(Path.Combine(TestPaths.TestData, "repos", "webshop"), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            var home = Path.Combine(clone, ".home");
            var environment = new Dictionary<string, string>
            {
                ["DOTNET_CLI_HOME"] = home,
                ["PATH"] = Path.Combine(home, ".dotnet", "tools") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
                ["NO_COLOR"] = "1",
            };
            foreach (var command in commands.Where(c => c != "bash build/pack.sh"))
            {
                var run = Packages.Run("bash", clone, packages.NuGetCache, environment, "-c", command);
                if (command.StartsWith("iaclint ", StringComparison.Ordinal) || command.StartsWith("dotnet iaclint ", StringComparison.Ordinal))
                {
                    // The sample has errors: exit code 1 and its findings.
                    run.ExitCode.ShouldBe(1, $"{command}: {run.Output}");
                    run.Output.ShouldContain("IAC5001");
                }
                else
                {
                    run.ExitCode.ShouldBe(0, $"{command}: {run.Output}");
                }
            }
        }
        finally
        {
            Directory.Delete(clone, recursive: true);
        }
    }
}
