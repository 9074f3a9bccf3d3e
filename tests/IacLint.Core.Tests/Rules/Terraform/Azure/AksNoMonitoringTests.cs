namespace IacLint.Tests.Rules;

public class AksNoMonitoringTests
{
    [Theory]
    [InlineData("dont-fire-hardened-cluster", new string[0])]
    [InlineData("dont-fire-legacy-addon", new string[0])]
    [InlineData("fire-defaults", new[] { "main.tf:1:1-1:45" })]
    public void Fires_without_the_oms_agent(string fixture, string[] expected) => RuleFixture.Ranges("IAC2048", fixture).ShouldBe(expected);
}
