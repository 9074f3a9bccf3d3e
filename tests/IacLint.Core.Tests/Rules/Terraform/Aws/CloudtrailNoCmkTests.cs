namespace IacLint.Tests.Rules;

public class CloudtrailNoCmkTests
{
    [Theory]
    [InlineData("fire-trail-in-module", new[] { "modules/trail/main.tf:5:1-5:33" })]
    [InlineData("dont-fire-complete-trail", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1073", fixture).ShouldBe(expected);
}
