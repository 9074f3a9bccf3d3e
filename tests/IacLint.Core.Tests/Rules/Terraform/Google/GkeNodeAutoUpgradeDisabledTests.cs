namespace IacLint.Tests.Rules;

public class GkeNodeAutoUpgradeDisabledTests
{
    [Theory]
    [InlineData("fire-auto-upgrade-off", new[] { "main.tf:4:20-4:25" })]
    [InlineData("fire-inline-node-pool", new[] { "main.tf:7:22-7:27" })]
    [InlineData("dont-fire-default-or-on", new string[0])]
    public void Fires_when_auto_upgrade_is_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC3166", fixture).ShouldBe(expected);
}
