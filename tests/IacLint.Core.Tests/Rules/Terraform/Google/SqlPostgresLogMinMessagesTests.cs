namespace IacLint.Tests.Rules;

public class SqlPostgresLogMinMessagesTests
{
    [Theory]
    [InlineData("fire-min-messages", new[] { "main.tf:16:17-16:37", "main.tf:32:15-32:22" })]
    [InlineData("dont-fire-min-messages-ok", new string[0])]
    public void Fires_when_log_min_messages_is_too_high(string fixture, string[] expected) => RuleFixture.Ranges("IAC3120", fixture).ShouldBe(expected);
}
