namespace IacLint.Tests.Rules;

public class SqlAuditRetentionTests
{
    [Theory]
    [InlineData("dont-fire-long-or-forever", new string[0])]
    [InlineData("fire-short-retention", new[] { "main.tf:4:23-4:25", "main.tf:15:25-15:26" })]
    public void Fires_on_short_audit_retention(string fixture, string[] expected) => RuleFixture.Ranges("IAC2035", fixture).ShouldBe(expected);
}
