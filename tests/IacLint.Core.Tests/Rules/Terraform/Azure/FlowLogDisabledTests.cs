namespace IacLint.Tests.Rules;

public class FlowLogDisabledTests
{
    [Theory]
    [InlineData("dont-fire-enabled", new string[0])]
    [InlineData("fire-disabled", new[] { "main.tf:11:31-11:49" })]
    public void Fires_on_disabled_flow_logs(string fixture, string[] expected) => RuleFixture.Ranges("IAC2009", fixture).ShouldBe(expected);
}
