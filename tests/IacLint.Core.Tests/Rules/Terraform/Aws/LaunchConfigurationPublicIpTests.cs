namespace IacLint.Tests.Rules;

public class LaunchConfigurationPublicIpTests
{
    [Theory]
    [InlineData("fire-public-launch-configuration", new[] { "main.tf:9:33-9:43" })]
    [InlineData("dont-fire-private", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1041", fixture).ShouldBe(expected);
}
