namespace IacLint.Tests.Rules;

public class EcsTaskEnvironmentSecretTests
{
    [Theory]
    [InlineData("fire-password-in-environment", new[] { "main.tf:10:27-14:6", "main.tf:19:27-21:4" })]
    [InlineData("dont-fire-secrets-block-or-placeholder", new string[0])]
    public void Fires_on_secrets_in_plain_environment_variables(string fixture, string[] expected) => RuleFixture.Ranges("IAC1127", fixture).ShouldBe(expected);

    [Fact]
    public void Names_the_variable_never_its_value()
    {
        var messages = RuleFixture.Scan("IAC1127", "fire-password-in-environment").Select(f => f.Message).ToList();
        messages.ShouldContain(m => m.Contains("STRIPE_API_KEY"));
        messages.ShouldAllBe(m => !m.Contains("sk_live_abc") && !m.Contains("hunter2-prod"));
    }
}
