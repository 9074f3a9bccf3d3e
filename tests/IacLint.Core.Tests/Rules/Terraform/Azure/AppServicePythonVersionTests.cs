namespace IacLint.Tests.Rules;

public class AppServicePythonVersionTests
{
    [Theory]
    [InlineData("dont-fire-hardened-app", new string[0])]
    [InlineData("fire-old-python", new[] { "main.tf:16:24-16:34", "main.tf:28:22-28:27" })]
    public void Fires_on_unsupported_python(string fixture, string[] expected) => RuleFixture.Ranges("IAC2059", fixture).ShouldBe(expected);
}
