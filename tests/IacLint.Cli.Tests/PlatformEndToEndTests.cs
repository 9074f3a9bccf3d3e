using System.Text.Json;

namespace IacLint.Tests;

/// <summary>The built tool on the Terraform sample: two root modules (staging, production) sharing local modules.</summary>
public class PlatformEndToEndTests
{
    [Fact]
    public void Finds_the_planted_problems_in_the_environment_that_has_them()
    {
        var run = Tool.Run("testdata/repos/platform", "--format", "json");
        run.ExitCode.ShouldBe(1, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("suppression").ValueKind == JsonValueKind.Null)
            .Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("path").GetString()}:{f.GetProperty("startLine").GetInt32()} {(f.TryGetProperty("environment", out var e) ? e.GetString() : "-")}")
            .ToList();
        findings.ShouldBe([
            "IAC3001 modules/data-store/main.tf:24 -",
            "IAC1004 modules/data-store/main.tf:29 envs/production",
            "IAC1009 modules/data-store/main.tf:30 envs/production",
            "IAC1010 modules/data-store/main.tf:31 envs/staging",
            "IAC1011 modules/data-store/main.tf:32 envs/staging",
            "IAC1012 modules/data-store/main.tf:36 envs/production",
            "IAC3001 modules/web/main.tf:13 -",
            "IAC1001 modules/web/main.tf:30 envs/production",
        ]);
        json.RootElement.GetProperty("summary").GetProperty("suppressed").GetInt32().ShouldBe(2);
    }

    [Fact]
    public void Var_overrides_a_tfvars_value()
    {
        var run = Tool.Run("testdata/repos/platform", "--format", "json", "--var", "database_encrypted=true", "--var", "backup_days=7");
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString())
            .ShouldNotContain("IAC1004");
    }

    [Fact]
    public void Inspect_shows_values_and_where_they_came_from()
    {
        var run = Tool.Run("inspect", "testdata/repos/platform", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var database = json.RootElement.GetProperty("resources").EnumerateArray()
            .Where(r => r.GetProperty("address").GetString() == "module.data.aws_db_instance.main")
            .Select(r => r.GetProperty("attributes"))
            .ToList();
        database.Count.ShouldBe(2);
        var production = database.Single(a => a.GetProperty("identifier").GetProperty("value").GetString() == "shop-production");
        production.GetProperty("storage_encrypted").GetProperty("value").GetBoolean().ShouldBeFalse();
        production.GetProperty("storage_encrypted").GetProperty("from").GetString().ShouldBe("envs/production/terraform.tfvars:3:22");
        production.GetProperty("engine_version").GetProperty("value").GetString().ShouldBe("16.3");
    }

    [Fact]
    public void Inspect_syntax_prints_hcl2json_and_fails_on_errors()
    {
        var run = Tool.Run("inspect", "testdata/repos/platform/modules/web/main.tf", "--syntax");
        run.ExitCode.ShouldBe(0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("resource").GetProperty("aws_security_group").GetProperty("web")[0]
            .GetProperty("name").GetString().ShouldBe("web-${var.environment}");
        using var temp = new TempFolder();
        var bad = temp.Write("bad.tf", "a = \n");
        var failed = Tool.Run("inspect", bad, "--syntax");
        failed.ExitCode.ShouldBe(1);
        failed.Stderr.ShouldContain("(1,5): error: Invalid expression");
    }
}
