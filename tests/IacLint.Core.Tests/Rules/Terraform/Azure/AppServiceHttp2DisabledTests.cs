namespace IacLint.Tests.Rules;

public class AppServiceHttp2DisabledTests
{
    [Theory]
    [InlineData("dont-fire-hardened-app", new string[0])]
    [InlineData("fire-legacy-defaults", new[] { "main.tf:1:1-1:40" })]
    public void Fires_without_http2(string fixture, string[] expected) => RuleFixture.Ranges("IAC2055", fixture).ShouldBe(expected);
}
