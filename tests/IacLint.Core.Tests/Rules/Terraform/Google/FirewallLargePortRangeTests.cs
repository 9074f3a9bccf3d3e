namespace IacLint.Tests.Rules;

public class FirewallLargePortRangeTests
{
    [Theory]
    [InlineData("fire-wide-ranges", new[] { "main.tf:12:16-12:29", "main.tf:22:16-22:38" })]
    [InlineData("dont-fire-narrow-ranges", new string[0])]
    public void Fires_on_port_ranges_wider_than_30_ports(string fixture, string[] expected) => RuleFixture.Ranges("IAC3105", fixture).ShouldBe(expected);
}
