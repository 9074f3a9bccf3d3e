namespace IacLint.Tests.Rules;

public class CloudfrontAllowsHttpTests
{
    [Theory]
    [InlineData("fire-allow-all-behaviors", new[] { "main.tf:16:32-16:101" })]
    [InlineData("dont-fire-https-only", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1063", fixture).ShouldBe(expected);
}
