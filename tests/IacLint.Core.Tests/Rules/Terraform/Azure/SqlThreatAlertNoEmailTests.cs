namespace IacLint.Tests.Rules;

public class SqlThreatAlertNoEmailTests
{
    [Theory]
    [InlineData("dont-fire-addresses", new string[0])]
    [InlineData("fire-no-addresses", new[] { "main.tf:5:26-5:28", "main.tf:9:1-9:62" })]
    public void Fires_without_alert_addresses(string fixture, string[] expected) => RuleFixture.Ranges("IAC2038", fixture).ShouldBe(expected);
}
