namespace IacLint.Tests.Rules;

public class GkeControlPlanePublicTests
{
    [Theory]
    [InlineData("fire-open-authorized-network", new[] { "main.tf:15:24-15:41" })]
    [InlineData("dont-fire-restricted-networks", new string[0])]
    public void Fires_on_authorized_networks_open_to_the_internet(string fixture, string[] expected) => RuleFixture.Ranges("IAC3157", fixture).ShouldBe(expected);
}
