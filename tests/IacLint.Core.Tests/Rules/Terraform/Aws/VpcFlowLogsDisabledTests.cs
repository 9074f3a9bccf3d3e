namespace IacLint.Tests.Rules;

public class VpcFlowLogsDisabledTests
{
    [Theory]
    [InlineData("fire-vpc-without-flow-log", new[] { "main.tf:1:1-1:26" })]
    [InlineData("dont-fire-flow-log-in-module", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1053", fixture).ShouldBe(expected);
}
