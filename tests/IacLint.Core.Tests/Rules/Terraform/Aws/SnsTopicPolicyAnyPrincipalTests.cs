namespace IacLint.Tests.Rules;

public class SnsTopicPolicyAnyPrincipalTests
{
    [Theory]
    [InlineData("fire-open-topic", new[] { "main.tf:14:12-14:52" })]
    [InlineData("dont-fire-service-principal", new string[0])]
    public void Fires_on_topic_policies_open_to_anyone(string fixture, string[] expected) => RuleFixture.Ranges("IAC1173", fixture).ShouldBe(expected);
}
