namespace IacLint.Tests.Rules;

public class CloudtrailNoLogValidationTests
{
    [Theory]
    [InlineData("fire-trail-in-module", new[] { "modules/trail/main.tf:9:32-9:41" })]
    [InlineData("dont-fire-complete-trail", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1074", fixture).ShouldBe(expected);
}
