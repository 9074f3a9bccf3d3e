namespace IacLint.Tests.Rules;

public class AppServiceAuthDisabledTests
{
    [Theory]
    [InlineData("dont-fire-hardened-app", new string[0])]
    [InlineData("fire-auth-off", new[] { "main.tf:8:15-8:20" })]
    [InlineData("fire-legacy-defaults", new[] { "main.tf:1:1-1:40" })]
    public void Fires_without_authentication(string fixture, string[] expected) => RuleFixture.Ranges("IAC2057", fixture).ShouldBe(expected);
}
