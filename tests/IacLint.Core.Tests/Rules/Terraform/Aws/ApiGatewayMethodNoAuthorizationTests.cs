namespace IacLint.Tests.Rules;

public class ApiGatewayMethodNoAuthorizationTests
{
    [Theory]
    [InlineData("fire-open-methods", new[] { "main.tf:11:19-11:25" })]
    [InlineData("dont-fire-authorized", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1070", fixture).ShouldBe(expected);
}
