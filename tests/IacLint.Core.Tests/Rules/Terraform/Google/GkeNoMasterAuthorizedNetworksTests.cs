namespace IacLint.Tests.Rules;

public class GkeNoMasterAuthorizedNetworksTests
{
    [Theory]
    [InlineData("fire-no-authorized-networks", new[] { "main.tf:1:1-1:43" })]
    [InlineData("dont-fire-authorized-or-private-endpoint", new string[0])]
    public void Fires_without_master_authorized_networks(string fixture, string[] expected) => RuleFixture.Ranges("IAC3156", fixture).ShouldBe(expected);
}
