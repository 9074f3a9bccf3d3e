namespace IacLint.Tests.Rules;

public class KinesisStreamNotEncryptedTests
{
    [Theory]
    [InlineData("fire-unencrypted-streams", new[] { "main.tf:1:1-1:39", "main.tf:9:21-9:26" })]
    [InlineData("dont-fire-kms", new string[0])]
    public void Fires_on_unencrypted_streams(string fixture, string[] expected) => RuleFixture.Ranges("IAC1137", fixture).ShouldBe(expected);
}
