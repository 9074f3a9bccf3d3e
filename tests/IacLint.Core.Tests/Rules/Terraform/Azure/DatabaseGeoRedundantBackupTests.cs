namespace IacLint.Tests.Rules;

public class DatabaseGeoRedundantBackupTests
{
    [Theory]
    [InlineData("dont-fire-geo-backups", new string[0])]
    [InlineData("fire-local-backups", new[] { "main.tf:1:1-1:53", "main.tf:16:34-16:39" })]
    public void Fires_on_local_backups(string fixture, string[] expected) => RuleFixture.Ranges("IAC2030", fixture).ShouldBe(expected);
}
