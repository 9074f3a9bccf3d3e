namespace IacLint.Tests.Rules;

public class AlbKeepsInvalidHeadersTests
{
    [Theory]
    [InlineData("fire-alb-keeps-headers", new[] { "main.tf:1:1-1:24" })]
    [InlineData("dont-fire-drops-or-nlb", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1059", fixture).ShouldBe(expected);
}
