namespace IacLint.Tests.Rules;

public class NetworkAclAllowsAllTrafficTests
{
    [Theory]
    [InlineData("fire-allow-all", new[] { "main.tf:5:20-5:24", "main.tf:14:18-14:23" })]
    [InlineData("dont-fire-specific-or-deny", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1049", fixture).ShouldBe(expected);
}
