namespace IacLint.Tests.Rules;

public class GkeShieldedNodesDisabledTests
{
    [Theory]
    [InlineData("fire-shielded-nodes-off", new[] { "main.tf:4:27-4:34" })]
    [InlineData("dont-fire-default-shielded", new string[0])]
    public void Fires_when_shielded_nodes_are_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC3161", fixture).ShouldBe(expected);
}
