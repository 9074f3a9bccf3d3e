namespace IacLint.Tests.Rules;

public class EksSecretsNotEncryptedTests
{
    [Theory]
    [InlineData("fire-no-key", new[] { "main.tf:1:1-1:34", "main.tf:10:17-10:28" })]
    [InlineData("dont-fire-kms-envelope", new string[0])]
    public void Fires_without_envelope_encryption(string fixture, string[] expected) => RuleFixture.Ranges("IAC1119", fixture).ShouldBe(expected);
}
