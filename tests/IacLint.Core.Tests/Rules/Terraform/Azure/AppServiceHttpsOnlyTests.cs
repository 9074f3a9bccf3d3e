namespace IacLint.Tests.Rules;

public class AppServiceHttpsOnlyTests
{
    [Theory]
    [InlineData("dont-fire-hardened-app", new string[0])]
    [InlineData("fire-function-via-module", new[] { "modules/fn/main.tf:13:32-13:46" })]
    [InlineData("fire-legacy-defaults", new[] { "main.tf:1:1-1:40" })]
    public void Fires_when_plain_http_is_accepted(string fixture, string[] expected) => RuleFixture.Ranges("IAC2051", fixture).ShouldBe(expected);
}
