namespace IacLint.Tests.Rules;

public class AksNoAutoUpgradeTests
{
    [Theory]
    [InlineData("dont-fire-hardened-cluster", new string[0])]
    [InlineData("fire-channel-none", new[] { "main.tf:6:31-6:37" })]
    [InlineData("fire-defaults", new[] { "main.tf:1:1-1:45" })]
    public void Fires_without_an_upgrade_channel(string fixture, string[] expected) => RuleFixture.Ranges("IAC2046", fixture).ShouldBe(expected);
}
