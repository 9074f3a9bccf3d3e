namespace IacLint.Tests.Rules;

public class KeyVaultSecretNoContentTypeTests
{
    [Theory]
    [InlineData("dont-fire-content-type", new string[0])]
    [InlineData("fire-no-content-type", new[] { "main.tf:1:1-1:42", "main.tf:12:21-12:23" })]
    public void Fires_on_secrets_without_content_type(string fixture, string[] expected) => RuleFixture.Ranges("IAC2025", fixture).ShouldBe(expected);
}
