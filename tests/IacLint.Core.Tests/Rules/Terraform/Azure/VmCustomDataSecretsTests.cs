namespace IacLint.Tests.Rules;

public class VmCustomDataSecretsTests
{
    [Theory]
    [InlineData("dont-fire-key-vault-lookup", new string[0])]
    [InlineData("fire-password-in-boot-script", new[] { "main.tf:8:17-14:4" })]
    public void Fires_on_credentials_in_custom_data(string fixture, string[] expected) => RuleFixture.Ranges("IAC2064", fixture).ShouldBe(expected);
}

public class ScriptSecretsMessagesTests
{
    [Theory]
    [InlineData("IAC2064", "fire-password-in-boot-script", "hunter2-not-real")]
    [InlineData("IAC2065", "fire-key-in-settings", "not-a-real-key-but-a-literal")]
    public void Name_the_key_never_the_value(string rule, string fixture, string secret)
    {
        var finding = RuleFixture.Scan(rule, fixture).ShouldHaveSingleItem();
        finding.Message.ShouldNotContain(secret);
    }
}
