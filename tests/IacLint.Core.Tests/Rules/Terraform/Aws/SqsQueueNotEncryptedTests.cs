namespace IacLint.Tests.Rules;

public class SqsQueueNotEncryptedTests
{
    [Theory]
    [InlineData("fire-sse-switched-off", new[] { "main.tf:3:29-3:34" })]
    [InlineData("dont-fire-default-sse-or-kms", new string[0])]
    public void Fires_when_encryption_is_switched_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC1163", fixture).ShouldBe(expected);
}
