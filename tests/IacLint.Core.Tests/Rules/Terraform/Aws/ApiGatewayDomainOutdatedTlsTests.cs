namespace IacLint.Tests.Rules;

public class ApiGatewayDomainOutdatedTlsTests
{
    [Theory]
    [InlineData("fire-old-or-unset-policy", new[] { "main.tf:3:21-3:30", "main.tf:6:1-6:47" })]
    [InlineData("dont-fire-tls12", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1071", fixture).ShouldBe(expected);
}
