namespace IacLint.Tests.Rules;

public class DynamoDbPointInTimeRecoveryDisabledTests
{
    [Theory]
    [InlineData("fire-json-syntax", new[] { "main.tf.json:7:35-7:57" })]
    [InlineData("fire-no-or-disabled-pitr", new[] { "main.tf:1:1-1:39", "main.tf:13:17-13:45" })]
    [InlineData("dont-fire-pitr-on", new string[0])]
    public void Fires_without_point_in_time_recovery(string fixture, string[] expected) => RuleFixture.Ranges("IAC1109", fixture).ShouldBe(expected);
}
