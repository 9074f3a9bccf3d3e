namespace IacLint.Tests.Rules;

public class SqlPostgresLogLockWaitsTests
{
    [Theory]
    [InlineData("fire-lock-waits", new[] { "main.tf:11:15-11:20", "main.tf:22:1-22:46" })]
    [InlineData("dont-fire-lock-waits-ok", new string[0])]
    public void Fires_when_lock_waits_are_not_logged(string fixture, string[] expected) => RuleFixture.Ranges("IAC3118", fixture).ShouldBe(expected);
}
