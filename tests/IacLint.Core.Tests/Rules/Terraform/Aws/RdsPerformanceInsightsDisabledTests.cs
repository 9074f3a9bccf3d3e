namespace IacLint.Tests.Rules;

public class RdsPerformanceInsightsDisabledTests
{
    [Theory]
    [InlineData("fire-insights-off-for-each", new[] { "main.tf:4:34-4:44", "main.tf:7:1-7:37" })]
    [InlineData("dont-fire-insights-on", new string[0])]
    public void Fires_when_performance_insights_is_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC1104", fixture).ShouldBe(expected);
}
