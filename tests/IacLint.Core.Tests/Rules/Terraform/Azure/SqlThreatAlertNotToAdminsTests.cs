namespace IacLint.Tests.Rules;

public class SqlThreatAlertNotToAdminsTests
{
    [Theory]
    [InlineData("dont-fire-admins-told", new string[0])]
    [InlineData("fire-admins-not-told", new[] { "main.tf:1:1-1:61" })]
    public void Fires_when_admins_are_not_alerted(string fixture, string[] expected) => RuleFixture.Ranges("IAC2039", fixture).ShouldBe(expected);
}
