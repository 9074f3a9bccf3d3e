namespace IacLint.Tests.Rules;

public class SearchDomainNotEncryptedAtRestTests
{
    [Theory]
    [InlineData("fire-unencrypted-indices", new[] { "main.tf:1:1-1:42", "main.tf:8:15-8:20" })]
    [InlineData("dont-fire-encrypted", new string[0])]
    public void Fires_without_encryption_at_rest(string fixture, string[] expected) => RuleFixture.Ranges("IAC1132", fixture).ShouldBe(expected);
}
