namespace IacLint.Tests.Rules;

public class ElastiCacheAtRestEncryptionDisabledTests
{
    [Theory]
    [InlineData("fire-unencrypted-groups", new[] { "main.tf:12:32-12:42", "main.tf:15:1-15:54" })]
    [InlineData("dont-fire-encrypted", new string[0])]
    public void Fires_without_encryption_at_rest(string fixture, string[] expected) => RuleFixture.Ranges("IAC1112", fixture).ShouldBe(expected);
}
