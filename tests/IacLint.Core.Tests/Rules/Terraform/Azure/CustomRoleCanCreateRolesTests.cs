namespace IacLint.Tests.Rules;

public class CustomRoleCanCreateRolesTests
{
    [Theory]
    [InlineData("dont-fire-readers", new string[0])]
    [InlineData("fire-role-writers", new[] { "main.tf:6:15-6:44", "main.tf:15:15-15:121" })]
    public void Fires_on_roles_that_write_role_definitions(string fixture, string[] expected) => RuleFixture.Ranges("IAC2061", fixture).ShouldBe(expected);
}
