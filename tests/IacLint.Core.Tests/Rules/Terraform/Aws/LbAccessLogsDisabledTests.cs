namespace IacLint.Tests.Rules;

public class LbAccessLogsDisabledTests
{
    [Theory]
    [InlineData("fire-no-or-disabled-logs", new[] { "main.tf:1:1-1:25", "main.tf:8:3-10:4", "main.tf:18:15-18:20" })]
    [InlineData("dont-fire-logged", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1061", fixture).ShouldBe(expected);
}
