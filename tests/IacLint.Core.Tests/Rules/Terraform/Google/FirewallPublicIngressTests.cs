namespace IacLint.Tests.Rules;

public class FirewallPublicIngressTests
{
    [Theory]
    [InlineData("fire-public-web-and-default-source", new[] { "main.tf:4:19-4:46", "main.tf:11:1-11:42" })]
    [InlineData("dont-fire-internal-sources", new string[0])]
    public void Fires_on_ingress_from_the_internet(string fixture, string[] expected) => RuleFixture.Ranges("IAC3102", fixture).ShouldBe(expected);
}
