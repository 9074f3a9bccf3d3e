namespace IacLint.Tests.Rules;

public class ContainerRegistryPublicNetworkTests
{
    [Theory]
    [InlineData("dont-fire-private-or-firewalled", new string[0])]
    [InlineData("fire-public-registry", new[] { "main.tf:1:1-1:45" })]
    public void Fires_on_public_registries(string fixture, string[] expected) => RuleFixture.Ranges("IAC2076", fixture).ShouldBe(expected);
}
