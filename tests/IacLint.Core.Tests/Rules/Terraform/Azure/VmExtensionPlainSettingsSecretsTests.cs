namespace IacLint.Tests.Rules;

public class VmExtensionPlainSettingsSecretsTests
{
    [Theory]
    [InlineData("dont-fire-protected-settings", new string[0])]
    [InlineData("fire-key-in-settings", new[] { "main.tf:8:14-12:5" })]
    public void Fires_on_credentials_in_public_settings(string fixture, string[] expected) => RuleFixture.Ranges("IAC2065", fixture).ShouldBe(expected);
}
