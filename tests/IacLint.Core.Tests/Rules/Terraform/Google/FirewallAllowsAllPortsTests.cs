namespace IacLint.Tests.Rules;

public class FirewallAllowsAllPortsTests
{
    [Theory]
    [InlineData("fire-every-port", new[] { "main.tf:7:16-7:27", "main.tf:20:16-20:48" })]
    [InlineData("dont-fire-listed-ports", new string[0])]
    public void Fires_on_rules_allowing_every_port(string fixture, string[] expected) => RuleFixture.Ranges("IAC3103", fixture).ShouldBe(expected);
}
