namespace IacLint.Tests.Rules;

public class ProjectDefaultNetworkTests
{
    [Theory]
    [InlineData("fire-default-network", new[] { "main.tf:1:1-1:37", "main.tf:9:25-9:29" })]
    [InlineData("dont-fire-custom-network", new string[0])]
    public void Fires_when_the_default_network_is_created(string fixture, string[] expected) => RuleFixture.Ranges("IAC3150", fixture).ShouldBe(expected);
}
