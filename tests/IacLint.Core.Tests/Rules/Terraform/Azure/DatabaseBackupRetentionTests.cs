namespace IacLint.Tests.Rules;

public class DatabaseBackupRetentionTests
{
    [Theory]
    [InlineData("dont-fire-default-or-longer", new string[0])]
    [InlineData("fire-short-retention", new[] { "main.tf:11:22-11:35" })]
    public void Fires_on_short_backup_retention(string fixture, string[] expected) => RuleFixture.Ranges("IAC2031", fixture).ShouldBe(expected);
}
