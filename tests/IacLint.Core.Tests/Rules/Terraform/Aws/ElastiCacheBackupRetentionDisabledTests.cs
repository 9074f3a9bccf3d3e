namespace IacLint.Tests.Rules;

public class ElastiCacheBackupRetentionDisabledTests
{
    [Theory]
    [InlineData("fire-redis-without-snapshots", new[] { "main.tf:1:1-1:46", "main.tf:12:30-12:31" })]
    [InlineData("dont-fire-snapshots-or-memcached", new string[0])]
    public void Fires_on_redis_without_snapshots(string fixture, string[] expected) => RuleFixture.Ranges("IAC1115", fixture).ShouldBe(expected);
}
