namespace IacLint.Tests.Rules;

public class SqlNoEntraAdminTests
{
    [Theory]
    [InlineData("dont-fire-entra-admin", new string[0])]
    [InlineData("fire-sql-logins-only", new[] { "main.tf:1:1-1:39" })]
    public void Fires_without_an_entra_admin(string fixture, string[] expected) => RuleFixture.Ranges("IAC2041", fixture).ShouldBe(expected);
}
