namespace IacLint.Tests.Rules;

public class SqlThreatDetectionAlertsDisabledTests
{
    [Theory]
    [InlineData("dont-fire-all-alerts", new string[0])]
    [InlineData("fire-disabled-alerts", new[] { "main.tf:5:26-5:43" })]
    public void Fires_on_disabled_alert_types(string fixture, string[] expected) => RuleFixture.Ranges("IAC2037", fixture).ShouldBe(expected);
}
