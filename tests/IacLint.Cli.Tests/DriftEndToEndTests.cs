using System.Text.Json;

namespace IacLint.Tests;

/// <summary>Drift between staging and production on the platform sample: every family, every kind of drift.</summary>
public class DriftEndToEndTests
{
    [Fact]
    public void Scan_reports_the_planted_drift_with_the_production_side_first()
    {
        var run = Tool.Run("testdata/repos/platform", "--format", "json");
        using var json = JsonDocument.Parse(run.Stdout);
        var drift = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString()!.StartsWith("IAC6", StringComparison.Ordinal) && f.GetProperty("suppression").ValueKind == JsonValueKind.Null)
            .Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("path").GetString()}:{f.GetProperty("startLine").GetInt32()}")
            .ToList();
        drift.ShouldBe([
            "IAC6001 app/appsettings.Production.json:1",
            "IAC6005 app/appsettings.Production.json:4",
            "IAC6005 app/appsettings.Production.json:11",
            "IAC6001 app/config.production.toml:1",
            "IAC6005 app/config.production.toml:2",
            "IAC6001 charts/shop/values-production.yaml:1",
            "IAC6005 charts/shop/values-production.yaml:1",
            "IAC6004 charts/shop/values-production.yaml:3",
            "IAC6001 envs/production/main.tf:1",
            "IAC6001 k8s/overlays/production/kustomization.yaml:1",
            "IAC6003 k8s/overlays/production/kustomization.yaml:6",
            "IAC6004 k8s/overlays/production/kustomization.yaml:6",
            "IAC6005 k8s/overlays/production/kustomization.yaml:9",
            "IAC6003 k8s/overlays/production/kustomization.yaml:22",
            "IAC6002 k8s/overlays/production/kustomization.yaml:24",
            "IAC6003 k8s/overlays/production/kustomization.yaml:25",
            "IAC6003 modules/data-store/main.tf:29",
            "IAC6003 modules/data-store/main.tf:30",
            "IAC6005 modules/data-store/main.tf:31",
            "IAC6005 modules/data-store/main.tf:32",
            "IAC6003 modules/data-store/main.tf:36",
            "IAC6003 modules/web/main.tf:30",
        ]);
    }

    [Theory]
    [InlineData("console")]
    [InlineData("markdown")]
    [InlineData("json")]
    public void Diff_is_readable_in_every_format_and_never_shows_secrets(string format)
    {
        var run = Tool.Run("diff", "testdata/repos/platform", "--format", format);
        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("Features:NewCheckout");
        run.Stdout.ShouldContain("storage_encrypted");
        run.Stdout.ShouldContain("Deployment/orders:spec.replicas");
        run.Stdout.ShouldContain("image.tag");
        run.Stdout.ShouldNotContain("PAYMENTS_API_KEY");
        run.Stdout.ShouldNotContain("sk_live_FAKE");
        if (format == "markdown") run.Stdout.ShouldContain("| Drift | Key | staging | production | Where |");
        if (format == "json") JsonDocument.Parse(run.Stdout).RootElement.GetProperty("differences").GetArrayLength().ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Diff_filters_by_family_and_takes_any_pair()
    {
        var run = Tool.Run("diff", "testdata/repos/platform", "--family", "terraform", "--hide-expected");
        run.Stdout.ShouldContain("terraform");
        run.Stdout.ShouldNotContain("kubernetes");
        run.Stdout.ShouldNotContain("(expected)");
        var reverse = Tool.Run("diff", "testdata/repos/platform", "--from", "production", "--to", "staging", "--family", "appsettings");
        reverse.Stdout.ShouldContain("production → staging");
        reverse.Stdout.ShouldContain("Only in staging");
    }
}
