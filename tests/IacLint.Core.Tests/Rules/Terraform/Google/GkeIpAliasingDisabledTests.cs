namespace IacLint.Tests.Rules;

public class GkeIpAliasingDisabledTests
{
    [Theory]
    [InlineData("fire-routes-based", new[] { "main.tf:1:1-1:47", "main.tf:9:21-9:29" })]
    [InlineData("dont-fire-vpc-native", new string[0])]
    public void Fires_on_routes_based_clusters(string fixture, string[] expected) => RuleFixture.Ranges("IAC3171", fixture).ShouldBe(expected);
}
