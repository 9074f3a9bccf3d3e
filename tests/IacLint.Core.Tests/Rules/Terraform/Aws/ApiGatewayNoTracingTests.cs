namespace IacLint.Tests.Rules;

public class ApiGatewayNoTracingTests
{
    [Theory]
    [InlineData("fire-no-tracing", new[] { "main.tf:1:1-1:40" })]
    [InlineData("dont-fire-tracing", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1069", fixture).ShouldBe(expected);
}
