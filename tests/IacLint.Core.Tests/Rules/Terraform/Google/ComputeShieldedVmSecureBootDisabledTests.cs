namespace IacLint.Tests.Rules;

public class ComputeShieldedVmSecureBootDisabledTests
{
    [Theory]
    [InlineData("fire-secure-boot-off", new[] { "main.tf:1:1-1:43", "main.tf:9:26-9:31" })]
    [InlineData("dont-fire-secure-boot-on", new string[0])]
    public void Fires_when_secure_boot_is_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC3183", fixture).ShouldBe(expected);
}
