namespace IacLint.Tests.Rules;

public class SqlPointInTimeRecoveryDisabledTests
{
    [Theory]
    [InlineData("fire-pitr-off", new[] { "main.tf:1:1-1:45", "main.tf:17:28-17:33" })]
    [InlineData("dont-fire-pitr-on-or-no-backups", new string[0])]
    public void Fires_when_point_in_time_recovery_is_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC3114", fixture).ShouldBe(expected);
}
