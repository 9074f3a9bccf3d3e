namespace IacLint.Tests.Rules;

public class LbInternetFacingTests
{
    [Theory]
    [InlineData("fire-public-lbs", new[] { "modules/lb/main.tf:7:14-7:26" })]
    [InlineData("dont-fire-internal-or-gateway", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1060", fixture).ShouldBe(expected);
}
