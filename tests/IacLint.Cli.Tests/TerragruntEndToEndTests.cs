using System.Text.Json;

namespace IacLint.Tests;

/// <summary>The Terragrunt live-repository sample (two accounts, stage/qa/prod, root.hcl, _envcommon, account/region/env
/// files, one local module and one remote), audited and compared by the built tool.</summary>
public class TerragruntEndToEndTests
{
    private const string Sample = "testdata/repos/terragrunt-live";

    private static List<JsonElement> Findings(params string[] ruleIds)
    {
        var run = Tool.Run(Sample, "--format", "json", "--fail-on", "none");
        run.ExitCode.ShouldBe(0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        return json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => ruleIds.Contains(f.GetProperty("ruleId").GetString()))
            .Select(f => f.Clone())
            .ToList();
    }

    private static string Line(JsonElement f) =>
        $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("path").GetString()}:{f.GetProperty("startLine").GetInt32()} {(f.TryGetProperty("environment", out var e) ? e.GetString() : "-")}";

    [Fact]
    public void Each_unit_is_audited_with_its_own_inputs_and_remote_sources_are_noted_once_per_unit()
    {
        Findings("IAC1004", "IAC3050", "IAC3051", "IAC3052", "IAC3053", "IAC0005").Select(Line).ShouldBe([
            "IAC3053 _envcommon/mysql.hcl:16 production",
            "IAC1004 modules/mysql/main.tf:10 test",
            "IAC0005 non-prod/us-east-1/qa/webserver-cluster/terragrunt.hcl:11 test",
            "IAC0005 non-prod/us-east-1/stage/webserver-cluster/terragrunt.hcl:11 staging",
            "IAC0005 prod/us-east-1/prod/webserver-cluster/terragrunt.hcl:11 production",
        ]);
    }

    [Fact]
    public void A_module_finding_relates_the_input_line_of_the_unit_that_set_the_value()
    {
        var finding = Findings("IAC1004").ShouldHaveSingleItem();
        finding.GetProperty("message").GetString()!.ShouldContain("Terragrunt unit non-prod/us-east-1/qa/mysql");
        var related = finding.GetProperty("related").EnumerateArray()
            .Select(r => $"{r.GetProperty("path").GetString()}:{r.GetProperty("startLine").GetInt32()} {r.GetProperty("label").GetString()}").ToList();
        related.ShouldBe([
            "non-prod/us-east-1/qa/mysql/terragrunt.hcl:15 value set here",
            "non-prod/us-east-1/qa/mysql/terragrunt.hcl:11 deployed by Terragrunt unit non-prod/us-east-1/qa/mysql",
        ]);
    }

    [Fact]
    public void Scan_reports_exactly_the_planted_drift()
    {
        Findings("IAC6001", "IAC6002", "IAC6003", "IAC6004", "IAC6005").Select(Line).ShouldBe([
            "IAC6001 prod/us-east-1/prod/mysql/terragrunt.hcl:1 production",
            "IAC6005 prod/us-east-1/prod/mysql/terragrunt.hcl:15 production",
            "IAC6004 prod/us-east-1/prod/webserver-cluster/terragrunt.hcl:11 production",
        ]);
    }

    [Fact]
    public void Diff_from_stage_to_prod_lists_the_module_version_and_input_differences_and_nothing_else()
    {
        var run = Tool.Run("diff", Sample, "--from", "stage", "--to", "prod", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var differences = json.RootElement.GetProperty("differences").EnumerateArray()
            .Select(d => $"{d.GetProperty("kind").GetString()} {d.GetProperty("key").GetString()} {(d.TryGetProperty("fromValue", out var f) ? f.GetString() : "-")} → {(d.TryGetProperty("toValue", out var t) ? t.GetString() : "-")}")
            .ToList();
        differences.ShouldBe([
            "MissingInLater mysql:inputs.apply_immediately true → -",
            "ValueDiffers mysql:inputs.instance_class db.t3.micro → db.r6g.large",
            "VersionSkew webserver-cluster:source.ref v0.8.0 → v0.7.0",
        ]);

        var console = Tool.Run("diff", Sample, "--from", "stage", "--to", "prod");
        console.Stdout.ShouldContain("staging → production: 3 differences");
        console.Stdout.ShouldContain("terragrunt");
    }

    [Fact]
    public void Qa_against_stage_compares_the_same_units_by_their_path_below_the_environment()
    {
        var run = Tool.Run("diff", Sample, "--from", "qa", "--to", "stage", "--format", "json");
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("differences").EnumerateArray().Select(d => d.GetProperty("key").GetString()).ShouldBe([
            "mysql:inputs.storage_encrypted",
            "mysql:inputs.apply_immediately",
        ]);
    }

    [Fact]
    public void Other_tools_hcl_and_terragrunt_cache_are_left_alone_and_said_once()
    {
        using var temp = new TempFolder();
        temp.Write("live/prod/app/terragrunt.hcl", "terraform {\n  source = \"../../../modules//app\"\n}\n\ninputs = {\n  name = \"app\"\n}\n");
        temp.Write("modules/app/main.tf", "variable \"name\" {\n  type = string\n}\n\noutput \"name\" {\n  value = var.name\n}\n");
        temp.Write("live/prod/app/.terragrunt-cache/abc/main.tf", "resource \"aws_s3_bucket\" \"copy\" {\n  acl = \"public-read\"\n}\n");
        temp.Write("nomad/job.hcl", "job \"web\" {\n}\n");
        temp.Write("modules/app/.terraform.lock.hcl", "provider \"registry.terraform.io/hashicorp/aws\" {\n}\n");
        var run = Tool.Run(temp.Path, "--format", "json");
        run.ExitCode.ShouldBe(0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("findings").GetArrayLength().ShouldBe(0);
        json.RootElement.GetProperty("summary").GetProperty("files").GetInt32().ShouldBe(2);
        var notes = json.RootElement.GetProperty("notifications").EnumerateArray().Select(n => n.GetProperty("message").GetString()!).ToList();
        notes.ShouldHaveSingleItem().ShouldContain("nomad/job.hcl");
    }

    [Fact]
    public void Declared_expected_inputs_stay_quiet_and_the_family_filter_knows_terragrunt()
    {
        using var temp = new TempFolder();
        var config = temp.Write("iaclint.toml", "[drift]\nexpected = [\"*:inputs.instance_class\"]\n");
        var run = Tool.Run("diff", Sample, "--from", "stage", "--to", "prod", "--config", config, "--family", "terragrunt", "--hide-expected", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("differences").EnumerateArray().Select(d => d.GetProperty("key").GetString())
            .ShouldBe(["mysql:inputs.apply_immediately", "webserver-cluster:source.ref"]);
    }

    [Fact]
    public void Inspect_shows_each_units_module_with_its_input_values_and_where_they_were_set()
    {
        var run = Tool.Run("inspect", Sample);
        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("aws_db_instance.mysql  (modules/mysql/main.tf:1:1)  [Terragrunt unit prod/us-east-1/prod/mysql]");
        run.Stdout.ShouldContain("instance_class = \"db.r6g.large\"   # from prod/us-east-1/prod/mysql/terragrunt.hcl:15:3");
        run.Stdout.ShouldContain("identifier = \"mysql_prod\"   # from _envcommon/mysql.hcl:11:3");
    }

    [Fact]
    public void Environments_from_env_hcl_pair_units_and_secret_inputs_are_never_shown()
    {
        using var temp = new TempFolder();
        temp.Write("accounts/blue/env.hcl", "locals {\n  environment = \"stg\"\n}\n");
        temp.Write("accounts/green/env.hcl", "locals {\n  environment = \"prd\"\n}\n");
        foreach (var (account, password) in new[] { ("blue", "Blue-S3cret-1"), ("green", "Green-S3cret-2") })
        {
            temp.Write($"accounts/{account}/api/terragrunt.hcl",
                $"locals {{\n  env = read_terragrunt_config(find_in_parent_folders(\"env.hcl\"))\n}}\n\ninputs = {{\n  db_password = \"{password}\"\n  stage_name  = local.env.locals.environment\n}}\n");
        }
        var run = Tool.Run("diff", temp.Path, "--format", "json");
        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldNotContain("S3cret");
        using var json = JsonDocument.Parse(run.Stdout);
        var differences = json.RootElement.GetProperty("differences").EnumerateArray().ToList();
        differences.Select(d => d.GetProperty("key").GetString()).ShouldBe(["api:inputs.db_password"]);
        differences[0].GetProperty("detail").GetString()!.ShouldContain("secret");
        var scan = Tool.Run(temp.Path, "--format", "sarif", "--fail-on", "none");
        scan.Stdout.ShouldNotContain("S3cret");
    }
}
