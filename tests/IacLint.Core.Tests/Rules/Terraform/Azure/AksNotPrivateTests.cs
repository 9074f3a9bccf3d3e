namespace IacLint.Tests.Rules;

public class AksNotPrivateTests
{
    [Theory]
    [InlineData("dont-fire-hardened-cluster", new string[0])]
    [InlineData("fire-defaults", new[] { "main.tf:1:1-1:45" })]
    public void Fires_on_public_api_servers(string fixture, string[] expected) => RuleFixture.Ranges("IAC2044", fixture).ShouldBe(expected);
}
