namespace IacLint.Tests.Rules;

public class ConfigAggregatorNotAllRegionsTests
{
    [Theory]
    [InlineData("fire-listed-regions", new[] { "main.tf:3:3-6:4" })]
    [InlineData("dont-fire-all-regions", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1078", fixture).ShouldBe(expected);
}
