namespace IacLint.Tests.Rules;

public class SqlPostgresLogMinDurationStatementTests
{
    [Theory]
    [InlineData("fire-statement-logging", new[] { "main.tf:16:17-16:37" })]
    [InlineData("dont-fire-statement-logging-ok", new string[0])]
    public void Fires_when_statements_are_logged_by_duration(string fixture, string[] expected) => RuleFixture.Ranges("IAC3121", fixture).ShouldBe(expected);
}
