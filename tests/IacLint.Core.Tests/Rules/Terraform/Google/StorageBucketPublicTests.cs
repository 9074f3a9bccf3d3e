namespace IacLint.Tests.Rules;

public class StorageBucketPublicTests
{
    [Theory]
    [InlineData("fire-public-members", new[] { "main.tf:14:13-14:24", "main.tf:20:12-20:35", "main.tf:25:17-25:66" })]
    [InlineData("dont-fire-named-members", new string[0])]
    public void Fires_on_buckets_granted_to_everyone(string fixture, string[] expected) => RuleFixture.Ranges("IAC3130", fixture).ShouldBe(expected);
}
