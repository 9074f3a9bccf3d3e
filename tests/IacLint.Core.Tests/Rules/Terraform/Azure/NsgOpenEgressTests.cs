namespace IacLint.Tests.Rules;

public class NsgOpenEgressTests
{
    [Theory]
    [InlineData("dont-fire-service-tag", new string[0])]
    [InlineData("fire-egress-any", new[] { "main.tf:14:33-14:55" })]
    public void Fires_on_outbound_rules_open_to_the_internet(string fixture, string[] expected) => RuleFixture.Ranges("IAC2006", fixture).ShouldBe(expected);
}
