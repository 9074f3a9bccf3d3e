using System.Text.Json;
using System.Text.Json.Nodes;

namespace IacLint.Tests;

public class SarifEndToEndTests
{
    public static TheoryData<string> TestdataTrees()
    {
        var data = new TheoryData<string>();
        foreach (var repo in Directory.GetDirectories(Path.Combine(TestPaths.TestData, "repos")).Order(StringComparer.Ordinal))
        {
            data.Add("testdata/repos/" + Path.GetFileName(repo));
        }
        // Every rule's fixtures, in chunks: the multitool's GitHub rule GH1004 allows 1,000 results per run, and the
        // fixtures of all rules together give several thousand.
        for (var chunk = 0; chunk * RulesPerChunk < RuleFolders().Count; chunk++) data.Add($"testdata/rules#{chunk}");
        return data;
    }

    private const int RulesPerChunk = 50;

    private static List<string> RuleFolders() =>
        Directory.GetDirectories(Path.Combine(TestPaths.TestData, "rules")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    [Theory]
    [MemberData(nameof(TestdataTrees))]
    public void Sarif_passes_the_multitool_with_github_rules(string tree)
    {
        using var temp = new TempFolder();
        var sarif = Path.Combine(temp.Path, "out.sarif");
        if (tree.Split('#') is [var folder, var number])
        {
            var chunk = Path.Combine(temp.Path, "rules");
            foreach (var rule in RuleFolders().Skip(int.Parse(number, System.Globalization.CultureInfo.InvariantCulture) * RulesPerChunk).Take(RulesPerChunk))
            {
                CopyFolder(Path.Combine(TestPaths.RepoRoot, folder, rule), Path.Combine(chunk, rule));
            }
            tree = chunk;
        }
        var run = Tool.Run(tree, "--format", "sarif", "--output", sarif, "--fail-on", "none");
        run.ExitCode.ShouldBe(0, run.Stderr);
        JsonNode.Parse(File.ReadAllText(sarif))!["runs"]![0]!["results"]!.AsArray().Count.ShouldBeGreaterThan(0);
        SarifValidator.Problems(sarif).ShouldBeEmpty();
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void Validator_is_live_it_rejects_a_broken_log()
    {
        using var temp = new TempFolder();
        var sarif = Path.Combine(temp.Path, "out.sarif");
        Tool.Run("testdata/repos/webshop", "--format", "sarif", "--output", sarif);
        var log = JsonNode.Parse(File.ReadAllText(sarif))!;
        var result = log["runs"]![0]!["results"]![0]!;
        result["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"] = "file:///etc/passwd";
        result["locations"]![0]!["physicalLocation"]!.AsObject().Remove("region");
        File.WriteAllText(sarif, log.ToJsonString());
        SarifValidator.Problems(sarif).Count.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void Sarif_carries_rule_metadata_fingerprints_related_locations_and_suppressions()
    {
        var run = Tool.Run("testdata/repos/webshop", "--format", "sarif");
        var sarif = JsonNode.Parse(run.Stdout)!;
        var driver = sarif["runs"]![0]!["tool"]!["driver"]!;
        driver["name"]!.GetValue<string>().ShouldBe("iaclint");
        var rules = driver["rules"]!.AsArray();
        var secret = rules.Single(r => r!["id"]!.GetValue<string>() == "IAC5001")!;
        secret["properties"]!["security-severity"]!.GetValue<string>().ShouldBe("8.0");
        secret["properties"]!["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldContain("external/cwe/cwe-798");
        secret["help"]!["markdown"]!.GetValue<string>().ShouldContain("## How to fix");

        var results = sarif["runs"]![0]!["results"]!.AsArray();
        foreach (var result in results)
        {
            var index = result!["ruleIndex"]!.GetValue<int>();
            rules[index]!["id"]!.GetValue<string>().ShouldBe(result["ruleId"]!.GetValue<string>());
            result["partialFingerprints"]!["iaclint/v1"]!.GetValue<string>().Length.ShouldBeGreaterThanOrEqualTo(32);
            result["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uriBaseId"]!.GetValue<string>().ShouldBe("%SRCROOT%");
        }
        var hosts = results.Single(r => r!["ruleId"]!.GetValue<string>() == "IAC5004")!;
        hosts["relatedLocations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>().ShouldBe("testdata/repos/webshop/src/Shop.Api/appsettings.Production.json"); // the sample lies inside this repository: %SRCROOT% is its root
        hosts["locations"]![0]!["logicalLocations"]![0]!["fullyQualifiedName"]!.GetValue<string>().ShouldBe("AllowedHosts");
        var suppressed = results.Single(r => r!["suppressions"] is not null)!;
        suppressed["suppressions"]![0]!["justification"]!.GetValue<string>().ShouldBe("TLS terminates at the ingress in front of this pod (until 2099-12-31)");
    }

    [Fact]
    public void Same_repo_twice_gives_identical_sarif_apart_from_timestamps()
    {
        static string Normalized(string text)
        {
            var node = JsonNode.Parse(text)!;
            var run = node["runs"]![0]!;
            run.AsObject().Remove("automationDetails");
            run["invocations"]![0]!.AsObject().Remove("startTimeUtc");
            run["invocations"]![0]!.AsObject().Remove("endTimeUtc");
            return node.ToJsonString();
        }
        var first = Tool.Run("testdata/repos/webshop", "--format", "sarif").Stdout;
        var second = Tool.Run("testdata/repos/webshop", "--format", "sarif").Stdout;
        Normalized(second).ShouldBe(Normalized(first));
    }
}
