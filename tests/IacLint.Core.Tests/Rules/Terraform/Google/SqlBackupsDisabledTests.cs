namespace IacLint.Tests.Rules;

public class SqlBackupsDisabledTests
{
    [Theory]
    [InlineData("fire-backups-off-in-module", new[] { "main.tf:6:1-6:60", "modules/db/main.tf:10:17-10:28" })]
    [InlineData("fire-json-syntax", new[] { "main.tf.json:6:21-13:10" })]
    [InlineData("dont-fire-backups-and-replica", new string[0])]
    public void Fires_when_backups_are_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC3113", fixture).ShouldBe(expected);
}
