namespace IacLint.Tests.Rules;

public class FirewallPublicEgressTests
{
    [Theory]
    [InlineData("fire-egress-anywhere", new[] { "main.tf:10:24-10:40", "main.tf:16:1-16:46" })]
    [InlineData("dont-fire-restricted-egress", new string[0])]
    public void Fires_on_egress_to_the_internet(string fixture, string[] expected) => RuleFixture.Ranges("IAC3104", fixture).ShouldBe(expected);
}
