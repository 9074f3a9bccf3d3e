namespace IacLint.Tests.Rules;

public class DatabasePublicNetworkAccessTests
{
    [Theory]
    [InlineData("dont-fire-private", new string[0])]
    [InlineData("fire-public-endpoint", new[] { "main.tf:1:1-1:39", "main.tf:22:35-22:39" })]
    public void Fires_on_public_endpoints(string fixture, string[] expected) => RuleFixture.Ranges("IAC2027", fixture).ShouldBe(expected);
}
