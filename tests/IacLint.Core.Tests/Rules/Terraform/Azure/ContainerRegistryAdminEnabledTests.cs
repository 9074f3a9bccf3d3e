namespace IacLint.Tests.Rules;

public class ContainerRegistryAdminEnabledTests
{
    [Theory]
    [InlineData("dont-fire-no-admin", new string[0])]
    [InlineData("fire-admin-user", new[] { "main.tf:6:25-6:29" })]
    public void Fires_on_the_admin_user(string fixture, string[] expected) => RuleFixture.Ranges("IAC2075", fixture).ShouldBe(expected);
}
