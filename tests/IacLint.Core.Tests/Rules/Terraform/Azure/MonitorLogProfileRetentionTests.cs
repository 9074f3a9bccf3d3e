namespace IacLint.Tests.Rules;

public class MonitorLogProfileRetentionTests
{
    [Theory]
    [InlineData("dont-fire-a-year", new string[0])]
    [InlineData("fire-short-retention", new[] { "main.tf:9:15-9:17" })]
    public void Fires_on_short_activity_log_retention(string fixture, string[] expected) => RuleFixture.Ranges("IAC2066", fixture).ShouldBe(expected);
}
