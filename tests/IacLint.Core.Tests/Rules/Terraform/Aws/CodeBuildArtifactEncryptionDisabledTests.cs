namespace IacLint.Tests.Rules;

public class CodeBuildArtifactEncryptionDisabledTests
{
    [Theory]
    [InlineData("fire-encryption-disabled", new[] { "main.tf:7:27-7:31", "main.tf:15:29-15:43" })]
    [InlineData("dont-fire-encrypted", new string[0])]
    public void Fires_on_unencrypted_artifacts(string fixture, string[] expected) => RuleFixture.Ranges("IAC1170", fixture).ShouldBe(expected);
}
