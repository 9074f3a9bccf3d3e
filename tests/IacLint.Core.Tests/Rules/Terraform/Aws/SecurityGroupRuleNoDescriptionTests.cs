namespace IacLint.Tests.Rules;

public class SecurityGroupRuleNoDescriptionTests
{
    [Theory]
    [InlineData("fire-undescribed-rules", new[] { "main.tf:4:3-9:4", "main.tf:19:1-19:53" })]
    [InlineData("dont-fire-described-rules", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1047", fixture).ShouldBe(expected);
}
