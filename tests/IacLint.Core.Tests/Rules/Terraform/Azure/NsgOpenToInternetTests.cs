namespace IacLint.Tests.Rules;

public class NsgOpenToInternetTests
{
    [Theory]
    [InlineData("dont-fire-office-range", new string[0])]
    [InlineData("fire-web-port-via-dynamic", new[] { "main.tf:23:36-23:62", "main.tf:37:33-37:46" })]
    public void Fires_on_inbound_rules_open_to_the_internet(string fixture, string[] expected) => RuleFixture.Ranges("IAC2005", fixture).ShouldBe(expected);
}
