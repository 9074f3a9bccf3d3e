namespace IacLint.Tests.Rules;

public class IamUserAdminAccessTests
{
    [Theory]
    [InlineData("fire-admin-users", new[] { "main.tf:7:16-7:61", "main.tf:21:16-21:40" })]
    [InlineData("dont-fire-group-admin-and-scoped-user", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1025", fixture).ShouldBe(expected);
}
