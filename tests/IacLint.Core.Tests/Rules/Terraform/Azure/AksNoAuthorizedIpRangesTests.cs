namespace IacLint.Tests.Rules;

public class AksNoAuthorizedIpRangesTests
{
    [Theory]
    [InlineData("dont-fire-hardened-cluster", new string[0])]
    [InlineData("dont-fire-restricted-public-api", new string[0])]
    [InlineData("fire-defaults", new[] { "main.tf:1:1-1:45" })]
    [InlineData("fire-empty-ranges", new[] { "main.tf:12:28-12:46" })]
    public void Fires_on_unrestricted_public_api_servers(string fixture, string[] expected) => RuleFixture.Ranges("IAC2045", fixture).ShouldBe(expected);
}
