namespace IacLint.Tests.Rules;

public class CustomRoleAllActionsTests
{
    [Theory]
    [InlineData("dont-fire-scoped-actions", new string[0])]
    [InlineData("fire-wildcard-role", new[] { "main.tf:12:19-12:41" })]
    public void Fires_on_roles_with_every_action(string fixture, string[] expected) => RuleFixture.Ranges("IAC2060", fixture).ShouldBe(expected);
}
