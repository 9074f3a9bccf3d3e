namespace IacLint.Tests.Rules;

public class LambdaTracingDisabledTests
{
    [Theory]
    [InlineData("fire-passthrough", new[] { "main.tf:1:1-1:37", "main.tf:10:12-10:25" })]
    [InlineData("dont-fire-active", new string[0])]
    public void Fires_without_active_tracing(string fixture, string[] expected) => RuleFixture.Ranges("IAC1140", fixture).ShouldBe(expected);
}
