namespace IacLint.Tests.Rules;

public class EmrLocalDiskEncryptionDisabledTests
{
    [Theory]
    [InlineData("fire-no-local-disk-provider", new[] { "main.tf:10:19-16:5" })]
    [InlineData("dont-fire-kms-local-disks", new string[0])]
    public void Fires_without_local_disk_encryption(string fixture, string[] expected) => RuleFixture.Ranges("IAC1136", fixture).ShouldBe(expected);
}
