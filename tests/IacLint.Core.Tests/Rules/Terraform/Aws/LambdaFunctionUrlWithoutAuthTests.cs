namespace IacLint.Tests.Rules;

public class LambdaFunctionUrlWithoutAuthTests
{
    [Theory]
    [InlineData("fire-public-url", new[] { "main.tf:3:24-3:34" })]
    [InlineData("dont-fire-iam-url", new string[0])]
    public void Fires_on_public_function_urls(string fixture, string[] expected) => RuleFixture.Ranges("IAC1143", fixture).ShouldBe(expected);
}
