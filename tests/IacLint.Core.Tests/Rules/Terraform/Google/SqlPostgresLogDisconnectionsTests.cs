namespace IacLint.Tests.Rules;

public class SqlPostgresLogDisconnectionsTests
{
    [Theory]
    [InlineData("fire-disconnections", new[] { "main.tf:11:15-11:20", "main.tf:22:1-22:46" })]
    [InlineData("dont-fire-disconnections-ok", new string[0])]
    public void Fires_when_disconnections_are_not_logged(string fixture, string[] expected) => RuleFixture.Ranges("IAC3116", fixture).ShouldBe(expected);
}
