namespace IacLint.Tests.Rules;

public class EfsFileSystemNotEncryptedTests
{
    [Theory]
    [InlineData("fire-unencrypted-efs", new[] { "main.tf:1:1-1:41", "modules/efs/main.tf:6:15-6:28" })]
    [InlineData("dont-fire-encrypted", new string[0])]
    public void Fires_on_unencrypted_file_systems(string fixture, string[] expected) => RuleFixture.Ranges("IAC1128", fixture).ShouldBe(expected);
}
