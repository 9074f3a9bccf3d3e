namespace IacLint.Tests.Rules;

public class DataFactoryPublicNetworkTests
{
    [Theory]
    [InlineData("dont-fire-private-factory", new string[0])]
    [InlineData("fire-public-factory", new[] { "main.tf:1:1-1:38" })]
    public void Fires_on_public_data_factories(string fixture, string[] expected) => RuleFixture.Ranges("IAC2072", fixture).ShouldBe(expected);
}
