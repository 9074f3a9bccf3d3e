using System.Text.Json;

namespace IacLint.Tests;

/// <summary>The built tool on the sample repository, as the README's first command runs it.</summary>
public class WebshopEndToEndTests
{
    private static readonly string Webshop = Path.Combine(TestPaths.TestData, "repos", "webshop");

    [Fact]
    public void Console_run_reports_the_planted_problems_and_fails_on_errors()
    {
        var run = Tool.Run("testdata/repos/webshop");
        run.ExitCode.ShouldBe(1, run.Stderr);
        run.Stderr.ShouldBeEmpty();
        run.Stdout.ShouldContain("src/Shop.Api/appsettings.json");
        run.Stdout.ShouldContain("17 findings (3 errors, 5 warnings, 9 notes) in 5 files; 6 files audited. 1 suppressed.");
    }

    [Fact]
    public void Json_lists_exactly_the_expected_findings()
    {
        var run = Tool.Run("scan", "testdata/repos/webshop", "--format", "json");
        using var json = JsonDocument.Parse(run.Stdout);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("path").GetString()}:{f.GetProperty("startLine").GetInt32()}:{f.GetProperty("startColumn").GetInt32()}{(f.GetProperty("suppression").ValueKind == JsonValueKind.Null ? "" : " suppressed")}")
            .ToList();
        findings.ShouldBe([
            "IAC5006 src/Shop.Api/appsettings.Development.json:7:3",
            "IAC5002 src/Shop.Api/appsettings.Production.json:4:18",
            "IAC6005 src/Shop.Api/appsettings.Production.json:4:18",
            "IAC5006 src/Shop.Api/appsettings.Production.json:8:3",
            "IAC5003 src/Shop.Api/appsettings.Production.json:8:21",
            "IAC6002 src/Shop.Api/appsettings.Production.json:8:21",
            "IAC5006 src/Shop.Api/appsettings.Production.json:9:3",
            "IAC6002 src/Shop.Api/appsettings.Production.json:10:35",
            "IAC6005 src/Shop.Api/appsettings.Production.json:13:15",
            "IAC5005 src/Shop.Api/appsettings.Production.json:18:26 suppressed",
            "IAC6005 src/Shop.Api/appsettings.Production.json:18:26",
            "IAC5004 src/Shop.Api/appsettings.json:9:19",
            "IAC6005 src/Shop.Api/appsettings.json:9:19",
            "IAC5001 src/Shop.Api/appsettings.json:11:15",
            "IAC5001 src/Shop.Api/appsettings.json:17:15",
            "IAC6005 src/Shop.Api/appsettings.json:32:20",
            "IAC5002 src/Shop.Worker/appsettings.Production.json:4:18",
            "IAC5001 src/Shop.Worker/appsettings.json:8:25",
        ]);
        json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32().ShouldBe(3);
    }

    [Fact]
    public void Msbuild_format_has_canonical_lines_with_absolute_paths()
    {
        var run = Tool.Run("testdata/repos/webshop", "--format", "msbuild");
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(17);
        var expected = Path.Combine(Webshop, "src", "Shop.Api", "appsettings.json") + "(11,15,11,112): error IAC5001: Connection string 'ConnectionStrings:Orders' contains a literal Password; supply it from a secret store instead.";
        lines.ShouldContain(l => l.StartsWith(expected, StringComparison.Ordinal));
        lines.ShouldContain(l => l.Contains("): info IAC5006: "));
    }

    [Fact]
    public void No_secret_value_appears_in_any_format()
    {
        using var temp = new TempFolder();
        var run = Tool.Run("testdata/repos/webshop",
            "--format", "sarif", "--output", Path.Combine(temp.Path, "r.sarif"),
            "--format", "json", "--output", Path.Combine(temp.Path, "r.json"),
            "--format", "msbuild", "--output", Path.Combine(temp.Path, "r.msbuild"),
            "--format", "markdown", "--output", Path.Combine(temp.Path, "r.md"),
            "--format", "html", "--output", Path.Combine(temp.Path, "r.html"),
            "--format", "console");
        // The reports rebuilt from the SARIF file too: their code excerpts come from the SARIF snippets.
        var report = Tool.Run("report", Path.Combine(temp.Path, "r.sarif"),
            "--format", "html", "--output", Path.Combine(temp.Path, "from-sarif.html"),
            "--format", "markdown", "--output", Path.Combine(temp.Path, "from-sarif.md"));
        report.ExitCode.ShouldBe(0, report.Stderr);
        var outputs = new[] { run.Stdout, run.Stderr, report.Stdout, report.Stderr }
            .Concat(Directory.GetFiles(temp.Path).Select(File.ReadAllText)).ToList();
        outputs.Count.ShouldBe(11);
        File.ReadAllText(Path.Combine(temp.Path, "r.html")).ShouldContain("(secret, not shown)");
        string[] secrets = ["Sup3rS3cret!", "sk_test_51FAKEexampleKEYdoNotUse000", "FAKEc2VjcmV0a2V5Zm9ydGVzdHM="];
        foreach (var secret in secrets)
        {
            File.ReadAllText(Path.Combine(Webshop, "src", secret.StartsWith("FAKE") ? "Shop.Worker" : "Shop.Api", "appsettings.json")).ShouldContain(secret);
            outputs.ShouldAllBe(output => !output.Contains(secret));
        }
    }
}
