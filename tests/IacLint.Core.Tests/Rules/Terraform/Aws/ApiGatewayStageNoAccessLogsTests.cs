namespace IacLint.Tests.Rules;

public class ApiGatewayStageNoAccessLogsTests
{
    [Theory]
    [InlineData("fire-stages-without-logs", new[] { "main.tf:1:1-1:40", "main.tf:7:1-7:41" })]
    [InlineData("dont-fire-logged-stages", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1067", fixture).ShouldBe(expected);
}
