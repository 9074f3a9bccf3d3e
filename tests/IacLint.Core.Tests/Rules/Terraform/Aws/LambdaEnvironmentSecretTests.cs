namespace IacLint.Tests.Rules;

public class LambdaEnvironmentSecretTests
{
    [Theory]
    [InlineData("fire-literal-secrets", new[] { "main.tf:10:17-14:6", "main.tf:10:17-14:6" })]
    [InlineData("dont-fire-references", new string[0])]
    public void Fires_on_literal_secrets(string fixture, string[] expected) => RuleFixture.Ranges("IAC1142", fixture).ShouldBe(expected);

    [Fact]
    public void Names_the_variable_never_its_value()
    {
        var messages = RuleFixture.Scan("IAC1142", "fire-literal-secrets").Select(f => f.Message).ToList();
        messages.ShouldContain(m => m.EndsWith("STRIPE_API_KEY."));
        messages.ShouldAllBe(m => !m.Contains("sk_live") && !m.Contains("correct-horse"));
    }
}
