namespace IacLint.Tests.Rules;

public class NicPublicIpTests
{
    [Theory]
    [InlineData("dont-fire-private", new string[0])]
    [InlineData("fire-public-ip", new[] { "main.tf:17:37-17:60" })]
    public void Fires_on_public_ip_addresses(string fixture, string[] expected) => RuleFixture.Ranges("IAC2011", fixture).ShouldBe(expected);
}
