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
    }
}
