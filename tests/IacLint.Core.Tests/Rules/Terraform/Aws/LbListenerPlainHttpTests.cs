namespace IacLint.Tests.Rules;

public class LbListenerPlainHttpTests
{
    [Theory]
    [InlineData("fire-http-listeners", new[] { "main.tf:9:23-9:35" })]
    [InlineData("dont-fire-redirect-or-https", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1057", fixture).ShouldBe(expected);
}
