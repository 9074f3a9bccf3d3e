namespace IacLint.Tests.Rules;

public class AksNoNetworkPolicyTests
{
    [Theory]
    [InlineData("dont-fire-hardened-cluster", new string[0])]
    [InlineData("fire-defaults", new[] { "main.tf:1:1-1:45" })]
    public void Fires_without_a_network_policy(string fixture, string[] expected) => RuleFixture.Ranges("IAC2043", fixture).ShouldBe(expected);
}
