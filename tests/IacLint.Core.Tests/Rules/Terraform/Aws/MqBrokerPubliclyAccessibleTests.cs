namespace IacLint.Tests.Rules;

public class MqBrokerPubliclyAccessibleTests
{
    [Theory]
    [InlineData("fire-public-broker", new[] { "main.tf:6:25-6:35" })]
    [InlineData("dont-fire-private-broker", new string[0])]
    public void Fires_on_public_brokers(string fixture, string[] expected) => RuleFixture.Ranges("IAC1148", fixture).ShouldBe(expected);
}
