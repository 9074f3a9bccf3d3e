namespace IacLint.Tests.Rules;

public class MqGeneralLoggingDisabledTests
{
    [Theory]
    [InlineData("fire-no-general-log-via-module", new[] { "modules/broker/main.tf:11:15-11:30" })]
    [InlineData("dont-fire-general-log", new string[0])]
    public void Fires_without_a_general_log(string fixture, string[] expected) => RuleFixture.Ranges("IAC1147", fixture).ShouldBe(expected);
}
