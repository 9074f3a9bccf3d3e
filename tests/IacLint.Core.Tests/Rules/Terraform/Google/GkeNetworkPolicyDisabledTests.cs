namespace IacLint.Tests.Rules;

public class GkeNetworkPolicyDisabledTests
{
    [Theory]
    [InlineData("fire-no-network-policy", new[] { "main.tf:1:1-1:47", "main.tf:10:15-10:20" })]
    [InlineData("dont-fire-policy-or-dataplane-v2", new string[0])]
    public void Fires_without_network_policy_enforcement(string fixture, string[] expected) => RuleFixture.Ranges("IAC3162", fixture).ShouldBe(expected);
}
