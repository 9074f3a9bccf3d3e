namespace IacLint.Tests.Rules;

public class KeyVaultSecretNoExpiryTests
{
    [Theory]
    [InlineData("dont-fire-expiring", new string[0])]
    [InlineData("fire-no-expiry", new[] { "main.tf:1:1-1:41" })]
    public void Fires_on_secrets_without_expiry(string fixture, string[] expected) => RuleFixture.Ranges("IAC2023", fixture).ShouldBe(expected);
}
