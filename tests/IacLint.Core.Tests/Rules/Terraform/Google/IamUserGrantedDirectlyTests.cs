namespace IacLint.Tests.Rules;

public class IamUserGrantedDirectlyTests
{
    [Theory]
    [InlineData("fire-user-members", new[] { "main.tf:4:13-4:36", "main.tf:11:14-11:63" })]
    [InlineData("dont-fire-groups-and-accounts", new string[0])]
    public void Fires_on_roles_granted_to_users(string fixture, string[] expected) => RuleFixture.Ranges("IAC3142", fixture).ShouldBe(expected);
}
