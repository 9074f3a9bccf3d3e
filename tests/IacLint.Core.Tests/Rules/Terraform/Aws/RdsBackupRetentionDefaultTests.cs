namespace IacLint.Tests.Rules;

public class RdsBackupRetentionDefaultTests
{
    [Theory]
    [InlineData("fire-default-and-one-day", new[] { "main.tf:1:1-1:36", "main.tf:8:29-8:47" })]
    [InlineData("dont-fire-week-replica-or-zero", new string[0])]
    public void Fires_on_one_day_or_the_unset_default(string fixture, string[] expected) => RuleFixture.Ranges("IAC1100", fixture).ShouldBe(expected);
}
