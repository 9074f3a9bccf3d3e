namespace IacLint.Tests.Rules;

public class EcsEfsVolumeTransitEncryptionDisabledTests
{
    [Theory]
    [InlineData("fire-plaintext-efs-dynamic", new[] { "main.tf:8:1-8:41", "main.tf:18:30-18:42" })]
    [InlineData("dont-fire-tls-or-no-efs", new string[0])]
    public void Fires_on_plaintext_efs_mounts(string fixture, string[] expected) => RuleFixture.Ranges("IAC1126", fixture).ShouldBe(expected);
}
