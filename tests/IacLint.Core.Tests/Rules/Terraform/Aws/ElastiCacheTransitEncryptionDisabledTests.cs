namespace IacLint.Tests.Rules;

public class ElastiCacheTransitEncryptionDisabledTests
{
    [Theory]
    [InlineData("fire-plaintext-groups", new[] { "main.tf:4:32-4:39", "main.tf:11:1-11:54" })]
    [InlineData("dont-fire-tls", new string[0])]
    public void Fires_without_transit_encryption(string fixture, string[] expected) => RuleFixture.Ranges("IAC1113", fixture).ShouldBe(expected);
}
