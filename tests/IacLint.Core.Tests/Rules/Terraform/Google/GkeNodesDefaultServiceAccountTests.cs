namespace IacLint.Tests.Rules;

public class GkeNodesDefaultServiceAccountTests
{
    [Theory]
    [InlineData("fire-default-node-account", new[] { "main.tf:1:1-1:43", "main.tf:6:5-8:6", "main.tf:15:23-15:72" })]
    [InlineData("dont-fire-dedicated-node-account", new string[0])]
    public void Fires_on_nodes_with_the_default_service_account(string fixture, string[] expected) => RuleFixture.Ranges("IAC3170", fixture).ShouldBe(expected);
}
