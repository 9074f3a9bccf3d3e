namespace IacLint.Tests.Rules;

public class MskBrokerLoggingDisabledTests
{
    [Theory]
    [InlineData("fire-no-broker-logs", new[] { "main.tf:1:1-1:36", "main.tf:7:1-7:36" })]
    [InlineData("dont-fire-cloudwatch-logs", new string[0])]
    public void Fires_without_broker_logs(string fixture, string[] expected) => RuleFixture.Ranges("IAC1150", fixture).ShouldBe(expected);
}
