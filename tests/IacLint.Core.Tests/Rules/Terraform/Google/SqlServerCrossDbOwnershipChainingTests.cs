namespace IacLint.Tests.Rules;

public class SqlServerCrossDbOwnershipChainingTests
{
    [Theory]
    [InlineData("fire-cross-db-chaining", new[] { "main.tf:15:17-15:37", "main.tf:21:1-21:48" })]
    [InlineData("dont-fire-cross-db-chaining-off", new string[0])]
    public void Fires_when_cross_db_ownership_chaining_is_not_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC3123", fixture).ShouldBe(expected);
}
