namespace IacLint.Tests.Rules;

public class FirewallDefaultNetworkRuleTests
{
    [Theory]
    [InlineData("fire-default-rules", new[] { "main.tf:2:19-2:38", "main.tf:11:1-11:46" })]
    [InlineData("dont-fire-purpose-built-rules", new string[0])]
    public void Fires_on_the_default_networks_rules(string fixture, string[] expected) => RuleFixture.Ranges("IAC3106", fixture).ShouldBe(expected);
}
