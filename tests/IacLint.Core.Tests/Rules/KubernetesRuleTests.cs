namespace IacLint.Tests.Rules;

// One table per rule: fixture folder and the exact ranges (path:startLine:startColumn-endLine:endColumn) expected.
// Production-only rules take the environment from a folder named production/prod/… in the path.

public class KubernetesRuleTests
{
    [Theory]
    [InlineData("IAC4001", "fire-privileged", new[] { "manifest.yaml:19:25-19:29" })]
    [InlineData("IAC4001", "dont-fire-unprivileged", new string[0])]
    [InlineData("IAC4002", "fire-escalation", new[] { "manifest.yaml:19:39-19:43", "manifest.yaml:36:17-36:20" })]
    [InlineData("IAC4002", "dont-fire-no-escalation", new string[0])]
    [InlineData("IAC4003", "fire-root", new[] { "manifest.yaml:19:24-19:25", "manifest.yaml:36:23-36:28" })]
    [InlineData("IAC4003", "dont-fire-non-root", new string[0])]
    [InlineData("IAC4004", "fire-writable-root", new[] { "manifest.yaml:19:37-19:42" })]
    [InlineData("IAC4004", "dont-fire-read-only-root", new string[0])]
    [InlineData("IAC4005", "fire-sys-admin", new[] { "manifest.yaml:20:41-20:52" })]
    [InlineData("IAC4005", "dont-fire-net-bind", new string[0])]
    [InlineData("IAC4006", "fire-default-capabilities", new[] { "manifest.yaml:20:21-20:32" })]
    [InlineData("IAC4006", "dont-fire-drop-all", new string[0])]
    [InlineData("IAC4007", "fire-host-network", new[] { "manifest.yaml:15:20-15:24", "manifest.yaml:16:16-16:20" })]
    [InlineData("IAC4007", "dont-fire-isolated", new string[0])]
    [InlineData("IAC4008", "fire-docker-socket", new[] { "manifest.yaml:18:19-18:39" })]
    [InlineData("IAC4008", "dont-fire-app-data", new string[0])]
    [InlineData("IAC4009", "fire-host-port", new[] { "manifest.yaml:20:25-20:27" })]
    [InlineData("IAC4009", "dont-fire-container-port", new string[0])]
    [InlineData("IAC4010", "fire-no-limits", new[] { "manifest.yaml:16:17-16:20" })]
    [InlineData("IAC4010", "dont-fire-complete", new string[0])]
    [InlineData("IAC4011", "fire-no-liveness", new[] { "manifest.yaml:16:17-16:20" })]
    [InlineData("IAC4011", "dont-fire-probes-and-job", new string[0])]
    [InlineData("IAC4012", "fire-latest-and-untagged", new[] { "manifest.yaml:17:18-17:30", "manifest.yaml:35:18-35:52" })]
    [InlineData("IAC4012", "dont-fire-pinned", new string[0])]
    [InlineData("IAC4013", "fire-token-mounted", new[] { "manifest.yaml:15:37-15:41" })]
    [InlineData("IAC4013", "dont-fire-opted-out", new string[0])]
    [InlineData("IAC4014", "fire-literal-secret", new[] { "manifest.yaml:20:22-20:36" })]
    [InlineData("IAC4014", "dont-fire-secret-ref", new string[0])]
    [InlineData("IAC4014", "dont-fire-placeholders", new string[0])]
    [InlineData("IAC4015", "fire-load-balancer", new[] { "manifest.yaml:7:9-7:21" })]
    [InlineData("IAC4015", "dont-fire-cluster-ip", new string[0])]
    [InlineData("IAC4016", "fire-no-tls", new[] { "manifest.yaml:4:9-4:12" })]
    [InlineData("IAC4016", "dont-fire-tls", new string[0])]
    [InlineData("IAC4017", "fire-wildcards", new[] { "manifest.yaml:7:17-7:20", "manifest.yaml:11:13-11:16" })]
    [InlineData("IAC4017", "dont-fire-explicit", new string[0])]
    [InlineData("IAC4018", "fire-cluster-admin", new[] { "manifest.yaml:8:9-8:22" })]
    [InlineData("IAC4018", "dont-fire-narrow-role", new string[0])]
    [InlineData("IAC4019", "fire-single-replica", new[] { "production/manifest.yaml:7:13-7:14", "production/manifest.yaml:23:9-23:12" })]
    [InlineData("IAC4019", "dont-fire-replicated-or-staging", new string[0])]
    [InlineData("IAC4020", "fire-no-pdb", new[] { "production/manifest.yaml:4:9-4:12" })]
    [InlineData("IAC4020", "dont-fire-pdb", new string[0])]
    [InlineData("IAC4021", "fire-no-network-policy", new[] { "prod/manifest.yaml:4:9-4:12" })]
    [InlineData("IAC4021", "dont-fire-default-deny", new string[0])]
    [InlineData("IAC4022", "fire-no-readiness", new[] { "manifest.yaml:16:17-16:20" })]
    [InlineData("IAC4022", "dont-fire-probes", new string[0])]
    public void Fires_exactly_on_the_offending_node(string ruleId, string fixture, string[] expected) =>
        RuleFixture.Ranges(ruleId, fixture).ShouldBe(expected);

    [Fact]
    public void Findings_are_keyed_by_kind_namespace_and_name_and_never_echo_secret_values()
    {
        var finding = RuleFixture.Scan("IAC4014", "fire-literal-secret").ShouldHaveSingleItem();
        finding.LogicalLocation!.FullyQualifiedName.ShouldBe("Deployment/shop/web");
        finding.Message.ShouldNotContain("hunter2");
        RuleFixture.Scan("IAC4019", "fire-single-replica")[0].Environment.ShouldBe("production");
    }
}

/// <summary>IAC4014's line between a literal secret and a value that only stands for one.</summary>
public class SecretPlaceholderTests
{
    [Theory]
    [InlineData("GOOGLE_API_KEY", "GOOGLE_API_KEY_VAL")]
    [InlineData("API_KEY", "api-key")]
    [InlineData("DB_PASSWORD", "")]
    [InlineData("DB_PASSWORD", "   ")]
    [InlineData("API_TOKEN", "$(TOKEN)")]
    [InlineData("API_TOKEN", "${TOKEN}")]
    [InlineData("DATABASE_PASSWORD", "postgres://app:$(DB_PASS)@db/app")]
    [InlineData("STRIPE_API_KEY", "your-stripe-api-key")]
    [InlineData("SMTP_PASSWORD", "changeme")]
    [InlineData("SMTP_PASSWORD", "CHANGE_ME")]
    [InlineData("SIGNING_SECRET", "xxxxxxxx")]
    [InlineData("SIGNING_SECRET", "***")]
    [InlineData("SIGNING_SECRET", "<signing secret>")]
    [InlineData("SIGNING_SECRET", "placeholder")]
    public void Placeholders_references_and_empty_values_are_not_secrets(string name, string value) =>
        IacLint.AppConfig.SecretDetection.IsPlaceholderFor(name, value).ShouldBeTrue();

    [Theory]
    [InlineData("DB_PASSWORD", "FAKE-hunter2")]
    [InlineData("GOOGLE_API_KEY", "AIzaSyFAKE0000000000000000000000000000")]
    [InlineData("API_TOKEN", "ghp_FAKE1234567890abcdef")]
    [InlineData("SMTP_PASSWORD", "Winter2026!")]
    [InlineData("SIGNING_SECRET", "c2VjcmV0LWtleS1iYXNlNjQ=")]
    [InlineData("CLIENT_SECRET", "xoxb-fake-token")]
    public void Literal_values_are_secrets(string name, string value) =>
        IacLint.AppConfig.SecretDetection.IsPlaceholderFor(name, value).ShouldBeFalse();
}

public class ServiceAccountTokenTests
{
    /// <summary>Audited together, Polaris's fixtures define the service account "test" several times; a pod whose
    /// own file's account leaves automounting on must not be silenced by another file's account that turns it off.</summary>
    [Fact]
    public void Fires_on_every_polaris_failure_when_the_fixtures_are_audited_as_one_folder()
    {
        var folder = Path.Combine(TestPaths.TestData, "k8s", "polaris-checks", "automountServiceAccountToken");
        var findings = IacLint.Engine.Scanner.Scan(new IacLint.Engine.ScanOptions { Root = folder }).Findings;
        var firing = findings.Where(f => f.Rule.Id == "IAC4013").Select(f => f.Location.Path).Distinct().Order(StringComparer.Ordinal).ToList();
        firing.ShouldBe(Directory.GetFiles(folder, "failure.*").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList());
    }
}
