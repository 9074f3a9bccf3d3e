using System.Text.Json;

namespace IacLint.Tests;

/// <summary>The built tool on the Terraform sample: two root modules (staging, production) sharing local modules.</summary>
public class PlatformEndToEndTests
{
    [Fact]
    public void Finds_the_planted_problems_in_the_environment_that_has_them_across_terraform_and_kustomize()
    {
        var run = Tool.Run("testdata/repos/platform", "--format", "json");
        run.ExitCode.ShouldBe(1, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("suppression").ValueKind == JsonValueKind.Null && !f.GetProperty("ruleId").GetString()!.StartsWith("IAC6", StringComparison.Ordinal))
            .Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("path").GetString()}:{f.GetProperty("startLine").GetInt32()} {(f.TryGetProperty("environment", out var e) ? e.GetString() : "-")}")
            .ToList();
        // The planted problems, and what the AWS rule catalog (IAC10xx/IAC11xx) also finds in the same modules.
        findings.ShouldBe([
            "IAC5006 app/appsettings.Production.json:7 production",
            "IAC5006 app/appsettings.Staging.json:2 staging",
            "IAC0005 charts/shop/templates/deployment.yaml:1 -",
            "IAC4021 k8s/base/deployment.yaml:4 production",
            "IAC4012 k8s/overlays/production/kustomization.yaml:6 production",
            "IAC4019 k8s/overlays/production/kustomization.yaml:9 production",
            "IAC4002 k8s/overlays/production/kustomization.yaml:22 production",
            "IAC4014 k8s/overlays/production/kustomization.yaml:25 production",
            "IAC1101 modules/data-store/main.tf:24 -",
            "IAC1103 modules/data-store/main.tf:24 -",
            "IAC1104 modules/data-store/main.tf:24 -",
            "IAC1107 modules/data-store/main.tf:24 -",
            "IAC1108 modules/data-store/main.tf:24 -",
            "IAC3001 modules/data-store/main.tf:24 -",
            "IAC1004 modules/data-store/main.tf:29 production",
            "IAC1009 modules/data-store/main.tf:30 production",
            "IAC1010 modules/data-store/main.tf:31 staging",
            "IAC1011 modules/data-store/main.tf:32 staging",
            "IAC1012 modules/data-store/main.tf:36 production",
            "IAC1035 modules/data-store/main.tf:36 -",
            "IAC1037 modules/data-store/main.tf:36 -",
            "IAC1038 modules/data-store/main.tf:36 -",
            "IAC1034 modules/data-store/main.tf:43 staging",
            "IAC1036 modules/data-store/main.tf:60 -",
            "IAC1046 modules/web/main.tf:13 -",
            "IAC3001 modules/web/main.tf:13 -",
            "IAC1047 modules/web/main.tf:16 -",
            "IAC1047 modules/web/main.tf:26 -",
            "IAC1001 modules/web/main.tf:30 production",
        ]);
        // One suppressed place: the uploads bucket's missing access logging, shared by the staging and production roots.
        json.RootElement.GetProperty("summary").GetProperty("suppressed").GetInt32().ShouldBe(1);
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
