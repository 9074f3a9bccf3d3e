namespace IacLint.Tests.Rules;

public class GkeLegacyClientAuthenticationTests
{
    [Theory]
    [InlineData("fire-basic-auth-and-certificates", new[] { "main.tf:11:16-11:23", "main.tf:12:16-12:34", "main.tf:14:34-14:38" })]
    [InlineData("dont-fire-google-identity", new string[0])]
    public void Fires_on_legacy_client_authentication(string fixture, string[] expected) => RuleFixture.Ranges("IAC3165", fixture).ShouldBe(expected);

    [Fact]
    public void Names_the_password_attribute_never_its_value() =>
        RuleFixture.Scan("IAC3165", "fire-basic-auth-and-certificates").ShouldAllBe(f => !f.Message.Contains("correct-horse"));
}
