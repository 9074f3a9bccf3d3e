namespace IacLint.Tests.Rules;

public class SsmParameterSentOverHttpTests
{
    [Theory]
    [InlineData("fire-parameter-in-url", new[] { "main.tf:6:9-6:81" })]
    [InlineData("dont-fire-parameter-name-only", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1083", fixture).ShouldBe(expected);
}
