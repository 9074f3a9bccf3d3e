namespace IacLint.Tests.Rules;

public class ElastiCacheNoAuthTokenTests
{
    [Theory]
    [InlineData("fire-no-token", new[] { "main.tf:1:1-1:56", "main.tf:11:32-11:34" })]
    [InlineData("dont-fire-token-or-rbac", new string[0])]
    public void Fires_without_authentication(string fixture, string[] expected) => RuleFixture.Ranges("IAC1114", fixture).ShouldBe(expected);
}
