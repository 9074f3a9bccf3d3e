namespace IacLint.Tests.Rules;

public class SqlPostgresLogCheckpointsTests
{
    [Theory]
    [InlineData("fire-checkpoints", new[] { "main.tf:16:17-16:37", "main.tf:22:1-22:46" })]
    [InlineData("dont-fire-checkpoints-ok", new string[0])]
    public void Fires_when_checkpoints_are_not_logged(string fixture, string[] expected) => RuleFixture.Ranges("IAC3117", fixture).ShouldBe(expected);
}
