namespace IacLint.Tests.Rules;

// One table per rule: fixture folder and the exact ranges (path:startLine:startColumn-endLine:endColumn) expected.

public class PlaintextSecretTests
{
    [Theory]
    [InlineData("fire-connection-string-password", new[] { "appsettings.json:3:15-3:72", "appsettings.json:4:14-4:44" })]
    [InlineData("fire-credential-keys", new[] { "appsettings.json:3:15-3:41", "appsettings.json:4:23-4:35", "appsettings.json:6:29-6:49", "appsettings.json:6:67-6:85", "appsettings.json:7:30-7:44" })]
    [InlineData("fire-secret-in-environment-file", new[] { "appsettings.Production.json:2:25-2:41" })]
    [InlineData("dont-fire-placeholders", new string[0])]
    public void Fires_on_literal_credentials_only(string fixture, string[] expected) =>
        RuleFixture.Ranges("IAC5001", fixture).ShouldBe(expected);

    [Fact]
    public void Messages_name_the_key_never_the_value()
    {
        var findings = RuleFixture.Scan("IAC5001", "fire-credential-keys").Concat(RuleFixture.Scan("IAC5001", "fire-connection-string-password"));
        foreach (var finding in findings)
        {
            finding.Message.ShouldNotContain("FAKE");
            finding.Message.ShouldNotContain("hunter2");
            finding.Message.ShouldNotContain("s3cr3t");
        }
        findings.Select(f => f.LogicalLocation!.FullyQualifiedName).ShouldContain("Payments:ApiKey");
    }
}

public class DebugLogLevelInProductionTests
{
    [Theory]
    [InlineData("fire-debug-in-production-file", new[] { "appsettings.Production.json:3:30-3:37", "appsettings.Production.json:4:45-4:52" })]
    [InlineData("fire-inherited-from-base", new[] { "appsettings.json:4:18-4:25" })]
    [InlineData("fire-serilog-verbose", new[] { "appsettings.json:3:76-3:85" })]
    [InlineData("dont-fire-debug-only-in-development", new string[0])]
    [InlineData("dont-fire-production-overrides", new string[0])]
    public void Fires_on_verbose_levels_in_effect_in_production(string fixture, string[] expected) =>
        RuleFixture.Ranges("IAC5002", fixture).ShouldBe(expected);

    [Fact]
    public void An_inherited_value_points_at_the_base_file_and_relates_the_production_file()
    {
        var finding = RuleFixture.Scan("IAC5002", "fire-inherited-from-base").ShouldHaveSingleItem();
        finding.Message.ShouldContain("inherited from appsettings.json");
        finding.Environment.ShouldBe("production");
        var related = finding.RelatedLocations.ShouldHaveSingleItem();
        related.Location.Path.ShouldBe("appsettings.Production.json");
    }
}

public class DetailedErrorsInProductionTests
{
    [Theory]
    [InlineData("fire-detailed-errors-in-production", new[] { "appsettings.Production.json:2:21-2:25" })]
    [InlineData("fire-circuit-options-inherited", new[] { "appsettings.json:2:41-2:47" })]
    [InlineData("dont-fire-development-only", new string[0])]
    public void Fires_when_detailed_errors_are_on_in_production(string fixture, string[] expected) =>
        RuleFixture.Ranges("IAC5003", fixture).ShouldBe(expected);
}

public class AllowedHostsWildcardInProductionTests
{
    [Theory]
    [InlineData("fire-wildcard-inherited", new[] { "appsettings.json:2:19-2:22" })]
    [InlineData("fire-wildcard-in-list", new[] { "appsettings.Prod.json:2:19-2:34" })]
    [InlineData("dont-fire-production-hosts", new string[0])]
    public void Fires_when_production_accepts_any_host(string fixture, string[] expected) =>
        RuleFixture.Ranges("IAC5004", fixture).ShouldBe(expected);
}

public class PlainHttpEndpointInProductionTests
{
    [Theory]
    [InlineData("fire-kestrel-http", new[] { "appsettings.json:4:26-4:45" })]
    [InlineData("fire-urls-http", new[] { "appsettings.json:2:11-2:38" })]
    [InlineData("dont-fire-https-and-loopback", new string[0])]
    [InlineData("dont-fire-http-only-in-development", new string[0])]
    public void Fires_on_non_loopback_http_endpoints_in_production(string fixture, string[] expected) =>
        RuleFixture.Ranges("IAC5005", fixture).ShouldBe(expected);
}

public class OverrideWithoutBaseKeyTests
{
    [Theory]
    [InlineData("fire-misspelt-section", new[] { "appsettings.Production.json:2:3-2:11", "appsettings.Production.json:3:26-3:33" })]
    [InlineData("fire-key-only-in-environment", new[] { "appsettings.Staging.json:2:35-2:48" })]
    [InlineData("dont-fire-overrides-existing-keys", new string[0])]
    [InlineData("dont-fire-no-base-file", new string[0])]
    public void Fires_on_keys_the_base_file_lacks(string fixture, string[] expected) =>
        RuleFixture.Ranges("IAC5006", fixture).ShouldBe(expected);

    [Fact]
    public void A_near_miss_is_a_warning_with_the_likely_spelling_and_a_new_key_a_note()
    {
        var typos = RuleFixture.Scan("IAC5006", "fire-misspelt-section");
        typos.Select(f => f.Message).ShouldBe([
            "'Loging' is set in appsettings.Production.json but appsettings.json has no such key; did you mean 'Logging'?",
            "'ConnectionStrings:Order' is set in appsettings.Production.json but appsettings.json has no such key; did you mean 'Orders'?",
        ]);
        typos.ShouldAllBe(f => f.Level == IacLint.Findings.Level.Warning);
        RuleFixture.Scan("IAC5006", "fire-key-only-in-environment").ShouldHaveSingleItem().Level.ShouldBe(IacLint.Findings.Level.Note);
    }
}

public class EngineRuleTests
{
    [Theory]
    [InlineData("IAC0001", "fire-missing-comma", new[] { "appsettings.json:3:3-3:4" })]
    [InlineData("IAC0001", "fire-duplicate-key", new[] { "appsettings.json:3:3-3:17" })]
    [InlineData("IAC0001", "fire-root-not-object", new[] { "appsettings.json:1:1-3:2" })]
    [InlineData("IAC0001", "fire-invalid-utf8", new[] { "appsettings.json:2:15-2:16" })]
    [InlineData("IAC0002", "fire-no-reason", new[] { "appsettings.json:2:3-2:28" })]
    [InlineData("IAC0002", "fire-unknown-rule", new[] { "appsettings.json:2:3-2:40" })]
    [InlineData("IAC0002", "fire-bad-expiry", new[] { "appsettings.json:2:3-2:67" })]
    [InlineData("IAC0003", "fire-binary-file", new[] { "appsettings.json:1:1-1:1" })]
    [InlineData("IAC0004", "fire-expired", new[] { "appsettings.json:2:3-2:72" })]
    public void Engine_diagnostics_point_at_the_cause(string ruleId, string fixture, string[] expected) =>
        RuleFixture.Ranges(ruleId, fixture).ShouldBe(expected);
}
