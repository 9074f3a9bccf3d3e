namespace IacLint.Tests.Rules;

public class EcsContainerInsightsDisabledTests
{
    [Theory]
    [InlineData("fire-insights-off", new[] { "main.tf:1:1-1:34", "main.tf:9:13-9:23" })]
    [InlineData("dont-fire-account-default", new string[0])]
    [InlineData("dont-fire-enhanced", new string[0])]
    public void Fires_without_container_insights(string fixture, string[] expected) => RuleFixture.Ranges("IAC1125", fixture).ShouldBe(expected);
}
