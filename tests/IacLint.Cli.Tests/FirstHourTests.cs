using System.Text.Json;
using System.Text.Json.Nodes;

namespace IacLint.Tests;

/// <summary>What a new user meets in the first hour (issue #12): outputs, errors, help, targets.</summary>
public class OutputFileTests
{
    [Theory]
    [InlineData("-f", "sarif", "-o", "/root")]
    [InlineData("-o", "/proc/no-such-process/out.sarif")]
    public void An_unwritable_output_is_a_usage_error_naming_path_and_reason(params string[] args)
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", "{ \"AllowedHosts\": \"*\" }");
        var run = Tool.In(temp.Path, [".", .. args]);
        run.ExitCode.ShouldBe(2, run.Stderr);
        var line = run.Stderr.TrimEnd('\n').Split('\n').ShouldHaveSingleItem();
        line.ShouldStartWith($"iaclint: Cannot write {args[^1]}: ");
        run.Stderr.ShouldNotContain("bug");
    }

    [Fact]
    public void Nothing_is_half_written_when_one_output_fails()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", "{ \"AllowedHosts\": \"*\" }");
        var kept = temp.Write("out/report.json", "earlier report");
        var run = Tool.In(temp.Path, ".", "-o", "out/report.json", "-o", "/proc/no-such-process/out.sarif");
        run.ExitCode.ShouldBe(2);
        File.ReadAllText(kept).ShouldBe("earlier report");
        Directory.GetFiles(Path.Combine(temp.Path, "out")).ShouldBe([kept]);
    }

    [Theory]
    [InlineData("report.sarif", "runs")]
    [InlineData("report.sarif.json", "runs")]
    [InlineData("report.json", "schemaVersion")]
    public void The_format_comes_from_the_output_extension(string file, string property)
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", "{ \"AllowedHosts\": \"*\" }");
        var run = Tool.In(temp.Path, ".", "-o", $"../{Path.GetFileName(temp.Path)}-{file}");
        var written = temp.Path + "-" + file;
        try
        {
            run.ExitCode.ShouldBe(0, run.Stderr);
            JsonNode.Parse(File.ReadAllText(written))![property].ShouldNotBeNull();
        }
        finally
        {
            File.Delete(written);
        }
    }

    [Fact]
    public void An_output_whose_extension_names_no_format_is_refused()
    {
        var run = Tool.Run("testdata/repos/webshop", "-o", "report.pdf");
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("Cannot tell the format of --output report.pdf");
        File.Exists(Path.Combine(TestPaths.RepoRoot, "report.pdf")).ShouldBeFalse();
    }

    [Fact]
    public void A_second_run_does_not_audit_the_reports_of_the_first()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", "{ \"AllowedHosts\": \"*\", \"Db\": { \"Password\": \"FAKE-secret\" } }");
        var first = Tool.In(temp.Path, ".", "--format", "json");
        Tool.In(temp.Path, ".", "-o", "report.json", "-o", "report.sarif.json", "-o", "results.staging.json", "-f", "console").ExitCode.ShouldBe(1);
        Tool.In(temp.Path, ".", "-o", "results.production.json").ExitCode.ShouldBe(1);
        File.WriteAllText(Path.Combine(temp.Path, "drift.json"), Tool.In(temp.Path, "diff", ".", "--format", "json", "--from", "staging", "--to", "production").Stdout);
        var second = Tool.In(temp.Path, ".", "--format", "json");
        using var a = JsonDocument.Parse(first.Stdout);
        using var b = JsonDocument.Parse(second.Stdout);
        b.RootElement.GetProperty("summary").GetProperty("files").GetInt32().ShouldBe(a.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
        b.RootElement.GetProperty("findings").GetArrayLength().ShouldBe(a.RootElement.GetProperty("findings").GetArrayLength());
    }
}

public class ErrorReportingTests
{
    [Fact]
    public void A_missing_path_is_one_line_on_stderr_and_no_summary()
    {
        var run = Tool.Run("testdata/repos/no-such-repo");
        run.ExitCode.ShouldBe(2);
        run.Stdout.ShouldBeEmpty();
        run.Stderr.ShouldBe("iaclint: 'testdata/repos/no-such-repo' does not exist (give a folder to audit, or a file).\n");
    }

    [Fact]
    public void A_bad_configuration_and_a_missing_baseline_go_to_stderr_without_a_summary()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", "{}");
        temp.Write("iaclint.toml", "[scan]\nincldue = []\n");
        var config = Tool.In(temp.Path);
        config.ExitCode.ShouldBe(2);
        config.Stdout.ShouldBeEmpty();
        config.Stderr.ShouldContain("iaclint.toml(2,1): Unknown setting 'incldue' in [scan]; did you mean 'include'?");
        File.Delete(Path.Combine(temp.Path, "iaclint.toml"));
        var baseline = Tool.In(temp.Path, ".", "--baseline", "missing.sarif");
        baseline.ExitCode.ShouldBe(2);
        baseline.Stdout.ShouldBeEmpty();
        baseline.Stderr.ShouldContain("missing.sarif");
    }

    [Fact]
    public void With_the_msbuild_format_a_configuration_error_is_a_canonical_msbuild_error()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", "{}");
        temp.Write("iaclint.toml", "[scan]\nincldue = []\n");
        var run = Tool.In(temp.Path, ".", "--format", "msbuild");
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldStartWith($"{Path.Combine(temp.Path, "iaclint.toml")}(2,1): error IAC0000: Unknown setting 'incldue'");
    }

    [Fact]
    public void A_command_typo_suggests_the_command()
    {
        var run = Tool.Run("scna", ".");
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("'scna' is not a command or an existing path. Did you mean 'iaclint scan'?");
        run.Stdout.ShouldBeEmpty();
    }
}

public class FileTargetTests
{
    [Fact]
    public void A_file_is_audited_with_its_folder_and_only_its_findings_are_reported()
    {
        var run = Tool.Run("testdata/repos/webshop/src/Shop.Api/appsettings.Production.json", "--format", "json", "--fail-on", "warning");
        run.ExitCode.ShouldBe(1, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var paths = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("path").GetString()).Distinct().ToList();
        paths.ShouldBe(["appsettings.Production.json"]);
        json.RootElement.GetProperty("summary").GetProperty("files").GetInt32().ShouldBe(1);
        // With its base file read too: the production override of an existing key is not "without base key".
        json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ShouldContain("IAC5003");
    }

    [Fact]
    public void A_file_iaclint_does_not_read_is_a_usage_error()
    {
        var run = Tool.Run("testdata/repos/webshop/README.md");
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("is not a file IacLint audits");
        run.Stdout.ShouldBeEmpty();
    }
}

public class HelpTests
{
    [Theory]
    [InlineData("scan")]
    [InlineData("baseline")]
    [InlineData("diff")]
    public void Subcommand_usage_names_the_path_once(string command)
    {
        var run = Tool.Run(command, "--help");
        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldContain($"iaclint {command} [<path>] [options]");
        run.Stdout.Split("<path>").Length.ShouldBe(3, run.Stdout); // usage line and the Arguments section
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("scan", "--help")]
    [InlineData("diff", "--help")]
    [InlineData("report", "--help")]
    [InlineData("inspect", "--help")]
    public void Help_has_examples_and_exit_codes(params string[] args)
    {
        var run = Tool.Run(args);
        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("Examples:\n  iaclint ");
        run.Stdout.ShouldContain("Exit codes:\n  0  ");
        run.Stdout.ShouldContain("2  usage or configuration error");
    }

    [Fact]
    public void Diff_help_does_not_offer_baseline()
    {
        var run = Tool.Run("diff", "--help");
        run.Stdout.ShouldNotContain("--baseline");
        run.Stdout.ShouldContain("--fail-on");
    }
}

public class DiffCommandTests
{
    private static TempFolder Repository()
    {
        var temp = new TempFolder();
        temp.Write("app/appsettings.json", "{ \"Features\": { \"Checkout\": false }, \"Retries\": 1 }");
        temp.Write("app/appsettings.Staging.json", "{ \"Features\": { \"Checkout\": true }, \"Retries\": 3, \"Description\": \"" + new string('s', 150) + "\", \"Only\": \"staging\" }");
        temp.Write("app/appsettings.Production.json", "{ \"Features\": { \"Checkout\": false }, \"Retries\": 5, \"Description\": \"" + new string('p', 150) + "\" }");
        const string Deployment = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: ghcr.io/example/web:1.0.0
                      env:
            {0}
            """;
        temp.Write("k8s/staging/web.yaml", string.Format(Deployment, "            - name: FEATURE_FLAGS_URL\n              value: https://flags.example.com\n            - name: MODE\n              value: fast"));
        temp.Write("k8s/production/web.yaml", string.Format(Deployment, "            - name: MODE\n              value: safe"));
        return temp;
    }

    [Fact]
    public void Values_are_shown_as_written_and_a_missing_side_says_so()
    {
        using var temp = Repository();
        var run = Tool.In(temp.Path, "diff", ".");
        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("app: features:checkout  true → false");
        run.Stdout.ShouldContain("app: only  staging → (missing)");
        run.Stdout.ShouldContain("Deployment/web:spec.template.spec.containers[web].env[FEATURE_FLAGS_URL]  present → (missing)");
        run.Stdout.ShouldNotContain("'");
        run.Stdout.Contains("True", StringComparison.Ordinal).ShouldBeFalse(run.Stdout);
        run.Stdout.ShouldNotContain("…");
    }

    [Fact]
    public void Json_and_markdown_hold_the_values_themselves_unclipped()
    {
        using var temp = Repository();
        using var json = JsonDocument.Parse(Tool.In(temp.Path, "diff", ".", "--format", "json").Stdout);
        var retries = json.RootElement.GetProperty("differences").EnumerateArray().Single(d => d.GetProperty("key").GetString() == "Retries");
        retries.GetProperty("fromValue").GetString().ShouldBe("3");
        retries.GetProperty("toValue").GetString().ShouldBe("5");
        var markdown = Tool.In(temp.Path, "diff", ".", "--format", "markdown").Stdout;
        markdown.ShouldContain(new string('s', 150));
        markdown.ShouldNotContain("…");
    }

    [Fact]
    public void An_unknown_environment_is_a_usage_error_listing_the_known_ones()
    {
        using var temp = Repository();
        var run = Tool.In(temp.Path, "diff", ".", "--from", "stagin");
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe("iaclint: --from stagin: no such environment; found: production, staging. Did you mean 'staging'?\n");
        run.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public void Fail_on_sets_the_exit_code()
    {
        using var temp = Repository();
        Tool.In(temp.Path, "diff", ".").ExitCode.ShouldBe(0);
        Tool.In(temp.Path, "diff", ".", "--fail-on", "warning").ExitCode.ShouldBe(1); // missing in production
        Tool.In(temp.Path, "diff", ".", "--fail-on", "error").ExitCode.ShouldBe(0);
        Tool.In(temp.Path, "diff", ".", "--fail-on", "warning", "--family", "terraform").ExitCode.ShouldBe(0);
    }
}

public class SarifSourceRootTests
{
    [Fact]
    public void A_subfolder_audit_writes_paths_relative_to_the_repository_root()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, ".git"));
        temp.Write("services/api/appsettings.json", "{ \"Db\": { \"Password\": \"FAKE-secret\" } }");
        temp.Write("other/appsettings.json", "{ \"Db\": { \"Password\": \"FAKE-other\" } }");
        var run = Tool.In(temp.Path, "services", "-o", "out.sarif");
        run.ExitCode.ShouldBe(1, run.Stderr);
        var sarif = Path.Combine(temp.Path, "out.sarif");
        var log = JsonNode.Parse(File.ReadAllText(sarif))!["runs"]![0]!;
        var uris = log["results"]!.AsArray().Select(r => r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>()).ToList();
        uris.ShouldBe(["services/api/appsettings.json"]); // only the folder asked for, by its repository path
        var root = log["originalUriBaseIds"]!["%SRCROOT%"]!;
        root["uri"]!.GetValue<string>().ShouldBe(new Uri(temp.Path + "/").AbsoluteUri);
        root["description"]!["text"]!.GetValue<string>().ShouldContain("Only services was audited");
        SarifValidator.Problems(sarif).ShouldBeEmpty();

        // A baseline of the subfolder matches the next audit of it.
        Tool.In(temp.Path, "baseline", "services").ExitCode.ShouldBe(0);
        Tool.In(temp.Path, "services", "--baseline", "iaclint.baseline.sarif").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Without_a_repository_the_audited_folder_is_the_root()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", "{ \"Db\": { \"Password\": \"FAKE-secret\" } }");
        Tool.In(temp.Path, ".", "-o", "out.sarif").ExitCode.ShouldBe(1);
        var log = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, "out.sarif")))!["runs"]![0]!;
        log["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>().ShouldBe("appsettings.json");
    }
}
