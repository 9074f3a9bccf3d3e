namespace IacLint.Tests.Rules;

public class LambdaDeprecatedRuntimeTests
{
    [Theory]
    [InlineData("fire-old-runtimes", new[] { "main.tf:12:19-12:29", "main.tf:18:19-18:28" })]
    [InlineData("dont-fire-supported-or-image", new string[0])]
    public void Fires_on_deprecated_runtimes(string fixture, string[] expected) => RuleFixture.Ranges("IAC1174", fixture).ShouldBe(expected);
}
