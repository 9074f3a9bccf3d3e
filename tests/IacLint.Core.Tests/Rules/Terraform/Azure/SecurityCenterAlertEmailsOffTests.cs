namespace IacLint.Tests.Rules;

public class SecurityCenterAlertEmailsOffTests
{
    [Theory]
    [InlineData("dont-fire-complete-contact", new string[0])]
    [InlineData("fire-emails-off", new[] { "main.tf:5:25-5:30", "main.tf:6:25-6:30" })]
    public void Fires_on_each_alert_email_switched_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC2069", fixture).ShouldBe(expected);
}
