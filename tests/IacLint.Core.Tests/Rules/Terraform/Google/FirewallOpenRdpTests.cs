namespace IacLint.Tests.Rules;

public class FirewallOpenRdpTests
{
    [Theory]
    [InlineData("fire-rdp-in-range-and-module", new[] { "main.tf:9:19-9:27", "modules/fw/main.tf:8:19-8:29" })]
    [InlineData("dont-fire-restricted-or-udp", new string[0])]
    public void Fires_on_rdp_open_to_the_internet(string fixture, string[] expected) => RuleFixture.Ranges("IAC3101", fixture).ShouldBe(expected);
}
