namespace IacLint.Tests.Rules;

public class DatabaseSslNotEnforcedTests
{
    [Theory]
    [InlineData("dont-fire-ssl-on", new string[0])]
    [InlineData("fire-ssl-off", new[] { "main.tf:15:29-15:39" })]
    public void Fires_when_ssl_is_not_enforced(string fixture, string[] expected) => RuleFixture.Ranges("IAC2028", fixture).ShouldBe(expected);
}
