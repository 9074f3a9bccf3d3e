namespace IacLint.Tests.Rules;

public class LogGroupNoCmkTests
{
    [Theory]
    [InlineData("fire-no-key", new[] { "main.tf:1:1-1:42" })]
    [InlineData("dont-fire-cmk", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1081", fixture).ShouldBe(expected);
}
