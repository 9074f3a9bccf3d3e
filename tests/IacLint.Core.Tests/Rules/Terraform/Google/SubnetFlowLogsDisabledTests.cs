namespace IacLint.Tests.Rules;

public class SubnetFlowLogsDisabledTests
{
    [Theory]
    [InlineData("fire-no-flow-logs", new[] { "main.tf:1:1-1:43", "main.tf:11:22-11:27" })]
    [InlineData("dont-fire-flow-logs-or-proxy", new string[0])]
    public void Fires_without_flow_logs(string fixture, string[] expected) => RuleFixture.Ranges("IAC3190", fixture).ShouldBe(expected);
}
