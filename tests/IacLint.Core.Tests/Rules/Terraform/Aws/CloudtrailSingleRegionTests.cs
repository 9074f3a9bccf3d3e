namespace IacLint.Tests.Rules;

public class CloudtrailSingleRegionTests
{
    [Theory]
    [InlineData("fire-trail-in-module", new[] { "modules/trail/main.tf:8:32-8:41" })]
    [InlineData("dont-fire-complete-trail", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1072", fixture).ShouldBe(expected);
}
