namespace IacLint.Tests.Rules;

public class GkePrivateNodesDisabledTests
{
    [Theory]
    [InlineData("fire-public-nodes", new[] { "main.tf:1:1-1:47", "main.tf:10:28-10:33" })]
    [InlineData("dont-fire-private-nodes", new string[0])]
    public void Fires_on_public_nodes(string fixture, string[] expected) => RuleFixture.Ranges("IAC3158", fixture).ShouldBe(expected);
}
