namespace IacLint.Tests.Rules;

public class SnsTopicNotEncryptedTests
{
    [Theory]
    [InlineData("fire-unencrypted-topics", new[] { "main.tf:1:1-1:34", "main.tf:7:23-7:25" })]
    [InlineData("dont-fire-encrypted", new string[0])]
    public void Fires_on_unencrypted_topics(string fixture, string[] expected) => RuleFixture.Ranges("IAC1161", fixture).ShouldBe(expected);
}
