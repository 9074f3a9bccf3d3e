namespace IacLint.Tests.Rules;

public class KeyVaultKeyNoExpiryTests
{
    [Theory]
    [InlineData("dont-fire-expiring", new string[0])]
    [InlineData("fire-no-expiry", new[] { "main.tf:1:1-1:43" })]
    public void Fires_on_keys_without_expiry(string fixture, string[] expected) => RuleFixture.Ranges("IAC2024", fixture).ShouldBe(expected);
}
