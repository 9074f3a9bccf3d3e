namespace IacLint.Tests.Rules;

public class AppServiceFtpsAllowedTests
{
    [Theory]
    [InlineData("dont-fire-hardened-app", new string[0])]
    [InlineData("dont-fire-new-resource-default", new string[0])]
    [InlineData("fire-all-allowed", new[] { "main.tf:14:18-14:39" })]
    [InlineData("fire-legacy-defaults", new[] { "main.tf:1:1-1:40" })]
    public void Fires_when_plain_ftp_is_accepted(string fixture, string[] expected) => RuleFixture.Ranges("IAC2054", fixture).ShouldBe(expected);
}
