using IacLint.Drift;

namespace IacLint.Tests.Rules;

// Drift rules compare environments; each fixture holds both sides (files named or placed by environment).

public class DriftRuleTests
{
    [Theory]
    [InlineData("IAC6001", "fire-appsettings-key", new[] { "appsettings.Production.json:1:1-1:2" })]
    [InlineData("IAC6001", "fire-kubernetes-object", new[] { "production/app.yaml:1:1-1:1" })]
    [InlineData("IAC6001", "fire-container-env-var", new[] { "production/app.yaml:1:1-1:1" })]
    [InlineData("IAC6001", "dont-fire-declared-expected", new string[0])]
    [InlineData("IAC6001", "dont-fire-no-production", new string[0])]
    [InlineData("IAC6002", "fire-terraform-resource", new[] { "envs/production/main.tf:14:1-14:45" })]
    [InlineData("IAC6002", "fire-container-env-var", new[] { "production/app.yaml:15:15-16:26" })]
    [InlineData("IAC6002", "dont-fire-same-resources", new string[0])]
    [InlineData("IAC6003", "fire-encryption-off-in-production", new[] { "main.tf:7:25-7:38" })]
    [InlineData("IAC6003", "fire-terragrunt-state-unencrypted-in-production", new[] { "prod/app/terragrunt.hcl:7:5-7:27" })]
    [InlineData("IAC6003", "fire-terragrunt-module-weaker-in-production", new[] { "modules/db/main.tf:7:29-7:42" })]
    [InlineData("IAC6003", "dont-fire-failing-in-both", new string[0])]
    [InlineData("IAC6004", "fire-production-ahead", new[] { "prod/web.yaml:11:18-11:44" })]
    [InlineData("IAC6004", "dont-fire-same-version", new string[0])]
    [InlineData("IAC6005", "fire-config-value", new[] { "config.production.toml:2:15-2:18" })]
    [InlineData("IAC6005", "dont-fire-expected-value", new string[0])]
    [InlineData("IAC6005", "dont-fire-environment-name", new string[0])]
    public void Fires_on_the_production_side(string ruleId, string fixture, string[] expected) =>
        RuleFixture.Ranges(ruleId, fixture).ShouldBe(expected);

    [Theory]
    [InlineData("orders-staging", "orders-production", true)]
    [InlineData("orders-staging", "orders-prod", true)]
    [InlineData("Server=db-stg;Database=orders", "Server=db-prd;Database=orders", true)]
    [InlineData("https://staging.example.com", "https://example.com", false)]
    [InlineData("orders-staging", "orders-production-2", false)]
    [InlineData("orders-staging", "payments-production", false)]
    [InlineData("3", "5", false)]
    public void A_value_that_differs_only_by_the_environment_name_is_expected(string staging, string production, bool expected) =>
        IacLint.Drift.DriftAnalyzer.DiffersOnlyByEnvironmentName(staging, production, "staging", "production", IacLint.Environments.EnvironmentNames.Default).ShouldBe(expected);

    [Fact]
    public void A_named_list_item_missing_on_one_side_is_one_finding_naming_the_item()
    {
        var finding = RuleFixture.Scan("IAC6001", "fire-container-env-var").ShouldHaveSingleItem();
        finding.Message.ShouldContain("containers[app].env[TRACE_EXPORTER]");
        finding.RelatedLocations.ShouldHaveSingleItem().Location.Span.StartLine.ShouldBe(15);
    }

    [Fact]
    public void The_staging_side_is_a_related_location_linked_from_the_message()
    {
        var finding = RuleFixture.Scan("IAC6001", "fire-appsettings-key").ShouldHaveSingleItem();
        finding.Message.ShouldContain("[staging](1)");
        var related = finding.RelatedLocations.ShouldHaveSingleItem();
        (related.Location.Path, related.Location.Span.StartLine, related.Label).ShouldBe(("appsettings.Staging.json", 2, "in staging"));
        RuleFixture.Scan("IAC6004", "fire-production-ahead").ShouldHaveSingleItem().Level.ShouldBe(IacLint.Findings.Level.Warning);
    }

    [Theory]
    [InlineData("1.9.0", "1.10.0", -1)]
    [InlineData("ghcr.io/a/b:2.0.0", "ghcr.io/a/b:1.9.9", 1)]
    [InlineData("v1.2.0-rc.1", "v1.2.0", -1)]
    [InlineData("~> 5.0", "~> 5.60", -1)]
    [InlineData("1.2.0", "latest", 0)]
    [InlineData("registry:5000/app:3", "registry:5000/app:3.0", 0)]
    public void Versions_compare_numerically(string earlier, string later, int expected) =>
        Math.Sign(DriftAnalyzer.CompareVersions(earlier, later)).ShouldBe(expected);
}

/// <summary>Drift families are collected side by side into snapshots of their own: merged in family order, they are
/// what one family after the other would have filled.</summary>
public class SnapshotMergeTests
{
    private static DriftElement Element(DriftFamily family, string key) =>
        new(family, "g", key, "v", DriftValueKind.Value, new IacLint.Findings.Location("f", IacLint.Syntax.SourceSpan.FileStart), false, key);

    [Fact]
    public void Merged_family_snapshots_keep_the_order_of_environments_and_elements()
    {
        var first = new Dictionary<string, EnvironmentSnapshot>(StringComparer.Ordinal);
        Snapshots.For(first, "staging").Add(Element(DriftFamily.AppSettings, "b"));
        Snapshots.For(first, "staging").Add(Element(DriftFamily.AppSettings, "a"));
        var second = new Dictionary<string, EnvironmentSnapshot>(StringComparer.Ordinal);
        Snapshots.For(second, "production").Add(Element(DriftFamily.Kubernetes, "z"));
        Snapshots.For(second, "staging").Add(Element(DriftFamily.Kubernetes, "y"));
        Snapshots.For(second, "staging").ScopeGroups["envs/staging"] = "terraform envs/*";

        var merged = new Dictionary<string, EnvironmentSnapshot>(StringComparer.Ordinal);
        Snapshots.Merge(merged, first);
        Snapshots.Merge(merged, second);
        merged.Keys.ShouldBe(["staging", "production"]);
        merged["staging"].Elements.Keys.Select(k => (k.Family, k.Key)).ShouldBe([(DriftFamily.AppSettings, "b"), (DriftFamily.AppSettings, "a"), (DriftFamily.Kubernetes, "y")]);
        merged["staging"].ScopeGroups["envs/staging"].ShouldBe("terraform envs/*");
        merged["production"].Elements.Count.ShouldBe(1);
    }
}
