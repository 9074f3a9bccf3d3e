namespace IacLint.Tests.Rules;

public class KeyVaultPurgeProtectionTests
{
    [Theory]
    [InlineData("dont-fire-protected", new string[0])]
    [InlineData("fire-no-purge-protection", new[] { "main.tf:3:1-3:37", "main.tf:17:32-17:37", "main.tf:18:32-18:35" })]
    public void Fires_without_purge_protection(string fixture, string[] expected) => RuleFixture.Ranges("IAC2020", fixture).ShouldBe(expected);
}
