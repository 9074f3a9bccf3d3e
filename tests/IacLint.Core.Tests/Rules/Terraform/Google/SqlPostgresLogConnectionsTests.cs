namespace IacLint.Tests.Rules;

public class SqlPostgresLogConnectionsTests
{
    [Theory]
    [InlineData("fire-connections", new[] { "main.tf:16:17-16:37", "main.tf:22:1-22:46" })]
    [InlineData("dont-fire-connections-ok", new string[0])]
    public void Fires_when_connections_are_not_logged(string fixture, string[] expected) => RuleFixture.Ranges("IAC3115", fixture).ShouldBe(expected);
}
