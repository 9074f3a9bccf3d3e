namespace IacLint.Tests.Rules;

public class LogGroupShortRetentionTests
{
    [Theory]
    [InlineData("fire-short-retention", new[] { "main.tf:8:23-8:33" })]
    [InlineData("dont-fire-year-or-forever", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1082", fixture).ShouldBe(expected);
}
