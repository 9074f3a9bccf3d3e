namespace IacLint.Tests.Rules;

public class LambdaEnvironmentSecretTests
{
    [Theory]
    [InlineData("fire-literal-secrets", new[] { "main.tf:12:24-12:38", "main.tf:13:24-13:47" })]
    [InlineData("dont-fire-references", new string[0])]
    public void Fires_on_literal_secrets(string fixture, string[] expected) => RuleFixture.Ranges("IAC1142", fixture).ShouldBe(expected);

    [Fact]
    public void Names_the_variable_never_its_value()
    {
        var findings = RuleFixture.Scan("IAC1142", "fire-literal-secrets");
        findings.Select(f => f.Message).ShouldContain(m => m.EndsWith("STRIPE_API_KEY."));
        findings.ShouldAllBe(f => !f.Message.Contains("sk_live") && !f.Message.Contains("correct-horse"));
        findings[0].RelatedLocations.ShouldContain(r => r.Label == "value set here");
    }
}
