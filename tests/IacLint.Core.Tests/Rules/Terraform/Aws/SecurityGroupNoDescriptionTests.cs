namespace IacLint.Tests.Rules;

public class SecurityGroupNoDescriptionTests
{
    [Theory]
    [InlineData("fire-missing-and-empty-description", new[] { "main.tf:1:1-1:38", "main.tf:7:17-7:19" })]
    [InlineData("dont-fire-described", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1046", fixture).ShouldBe(expected);
}
