namespace IacLint.Tests.Rules;

public class ComputeProjectOsLoginDisabledTests
{
    [Theory]
    [InlineData("fire-project-os-login-off", new[] { "main.tf:2:14-4:4", "main.tf:9:11-9:18" })]
    [InlineData("dont-fire-project-os-login-on", new string[0])]
    public void Fires_when_project_os_login_is_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC3176", fixture).ShouldBe(expected);
}
