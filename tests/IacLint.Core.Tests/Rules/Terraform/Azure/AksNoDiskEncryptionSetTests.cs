namespace IacLint.Tests.Rules;

public class AksNoDiskEncryptionSetTests
{
    [Theory]
    [InlineData("dont-fire-hardened-cluster", new string[0])]
    [InlineData("fire-defaults", new[] { "main.tf:1:1-1:45" })]
    public void Fires_without_a_disk_encryption_set(string fixture, string[] expected) => RuleFixture.Ranges("IAC2049", fixture).ShouldBe(expected);
}
