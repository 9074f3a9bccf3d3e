namespace IacLint.Tests.Rules;

public class ElastiCacheReplicationGroupBackupDisabledTests
{
    [Theory]
    [InlineData("fire-no-snapshots", new[] { "main.tf:1:1-1:56", "main.tf:10:30-10:47" })]
    [InlineData("dont-fire-snapshots-or-memcached", new string[0])]
    public void Fires_on_groups_without_snapshots(string fixture, string[] expected) => RuleFixture.Ranges("IAC1171", fixture).ShouldBe(expected);
}
