namespace IacLint.Tests.Rules;

public class ComputeOsLoginDisabledTests
{
    [Theory]
    [InlineData("fire-os-login-off", new[] { "main.tf:10:18-10:39" })]
    [InlineData("dont-fire-os-login-on-or-inherited", new string[0])]
    public void Fires_when_os_login_is_turned_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC3175", fixture).ShouldBe(expected);
}
