namespace IacLint.Tests.Rules;

public class EksPublicEndpointTests
{
    [Theory]
    [InlineData("fire-json-syntax", new[] { "main.tf.json:7:23-10:10" })]
    [InlineData("fire-public-endpoint", new[] { "main.tf:1:1-1:34", "main.tf:14:30-14:34" })]
    [InlineData("dont-fire-private-endpoint", new string[0])]
    public void Fires_on_a_public_endpoint(string fixture, string[] expected) => RuleFixture.Ranges("IAC1117", fixture).ShouldBe(expected);
}
