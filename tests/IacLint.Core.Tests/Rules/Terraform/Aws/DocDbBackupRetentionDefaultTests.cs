namespace IacLint.Tests.Rules;

public class DocDbBackupRetentionDefaultTests
{
    [Theory]
    [InlineData("fire-one-day-via-module", new[] { "main.tf:6:1-6:39", "modules/docdb/main.tf:7:29-7:42" })]
    [InlineData("dont-fire-week", new string[0])]
    public void Fires_on_one_day_retention(string fixture, string[] expected) => RuleFixture.Ranges("IAC1178", fixture).ShouldBe(expected);
}
