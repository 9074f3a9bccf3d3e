namespace IacLint.Tests.Rules;

public class LaunchTemplateImdsV1Tests
{
    [Theory]
    [InlineData("fire-template-and-launch-configuration", new[] { "main.tf:1:1-1:37", "main.tf:6:1-6:45" })]
    [InlineData("dont-fire-required", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1040", fixture).ShouldBe(expected);
}
