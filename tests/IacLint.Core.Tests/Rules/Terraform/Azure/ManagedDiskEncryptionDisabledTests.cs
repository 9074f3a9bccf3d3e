namespace IacLint.Tests.Rules;

public class ManagedDiskEncryptionDisabledTests
{
    [Theory]
    [InlineData("dont-fire-encryption-set-or-on", new string[0])]
    [InlineData("fire-encryption-off", new[] { "main.tf:10:15-10:20" })]
    public void Fires_when_disk_encryption_is_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC2063", fixture).ShouldBe(expected);
}
