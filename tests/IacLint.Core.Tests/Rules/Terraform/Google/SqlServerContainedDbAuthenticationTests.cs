namespace IacLint.Tests.Rules;

public class SqlServerContainedDbAuthenticationTests
{
    [Theory]
    [InlineData("fire-contained-auth", new[] { "main.tf:15:17-15:37", "main.tf:21:1-21:48" })]
    [InlineData("dont-fire-contained-auth-off", new string[0])]
    public void Fires_when_contained_database_authentication_is_not_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC3124", fixture).ShouldBe(expected);
}
