namespace IacLint.Tests.Rules;

public class IamBasicRoleGrantedTests
{
    [Theory]
    [InlineData("fire-basic-role-in-authoritative-policy", new[] { "main.tf:8:15-8:40" })]
    [InlineData("fire-basic-roles-to-people", new[] { "main.tf:8:13-8:25", "main.tf:14:12-14:42" })]
    [InlineData("dont-fire-predefined-roles", new string[0])]
    public void Fires_on_basic_roles_granted_to_people(string fixture, string[] expected) => RuleFixture.Ranges("IAC3141", fixture).ShouldBe(expected);
}
