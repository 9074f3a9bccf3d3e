namespace IacLint.Tests.Rules;

public class RdsAutoMinorVersionUpgradeDisabledTests
{
    [Theory]
    [InlineData("fire-upgrades-off-with-count", new[] { "main.tf:4:32-4:48", "main.tf:9:32-9:37" })]
    [InlineData("dont-fire-default-or-on", new string[0])]
    public void Fires_when_minor_upgrades_are_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC1102", fixture).ShouldBe(expected);
}
