namespace IacLint.Tests.Rules;

public class DefaultSecurityGroupHasRulesTests
{
    [Theory]
    [InlineData("fire-default-group-with-rules", new[] { "main.tf:3:3-8:4" })]
    [InlineData("dont-fire-empty-default-group", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1054", fixture).ShouldBe(expected);
}
