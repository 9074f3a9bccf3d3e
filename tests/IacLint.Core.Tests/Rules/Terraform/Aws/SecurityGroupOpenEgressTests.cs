namespace IacLint.Tests.Rules;

public class SecurityGroupOpenEgressTests
{
    [Theory]
    [InlineData("fire-open-egress", new[] { "main.tf:13:19-13:35", "main.tf:19:23-19:29" })]
    [InlineData("dont-fire-scoped-egress", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1050", fixture).ShouldBe(expected);
}
