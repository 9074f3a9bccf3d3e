namespace IacLint.Tests.Rules;

public class AppServicePhpVersionTests
{
    [Theory]
    [InlineData("dont-fire-hardened-app", new string[0])]
    [InlineData("fire-legacy-defaults", new[] { "main.tf:8:19-8:24" })]
    [InlineData("fire-php-8-1", new[] { "main.tf:9:21-9:26" })]
    public void Fires_on_unsupported_php(string fixture, string[] expected) => RuleFixture.Ranges("IAC2058", fixture).ShouldBe(expected);
}
