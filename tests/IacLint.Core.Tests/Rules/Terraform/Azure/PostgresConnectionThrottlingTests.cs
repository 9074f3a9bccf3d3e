namespace IacLint.Tests.Rules;

public class PostgresConnectionThrottlingTests
{
    [Theory]
    [InlineData("dont-fire-on", new string[0])]
    [InlineData("fire-missing-or-off", new[] { "main.tf:1:1-1:46", "main.tf:23:25-23:30" })]
    public void Fires_when_connection_throttling_is_not_on(string fixture, string[] expected) => RuleFixture.Ranges("IAC2034", fixture).ShouldBe(expected);
}
