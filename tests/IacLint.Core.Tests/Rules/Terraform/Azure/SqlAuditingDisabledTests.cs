namespace IacLint.Tests.Rules;

public class SqlAuditingDisabledTests
{
    [Theory]
    [InlineData("dont-fire-audited", new string[0])]
    [InlineData("fire-no-auditing", new[] { "main.tf:1:1-1:39", "main.tf:18:28-18:33" })]
    public void Fires_on_servers_without_auditing(string fixture, string[] expected) => RuleFixture.Ranges("IAC2036", fixture).ShouldBe(expected);
}
