namespace IacLint.Tests.Rules;

public class LinuxVmPasswordAuthenticationTests
{
    [Theory]
    [InlineData("dont-fire-ssh-keys", new string[0])]
    [InlineData("fire-passwords-allowed", new[] { "main.tf:13:37-13:42", "main.tf:30:39-30:44" })]
    public void Fires_when_password_logins_are_allowed(string fixture, string[] expected) => RuleFixture.Ranges("IAC2062", fixture).ShouldBe(expected);
}
