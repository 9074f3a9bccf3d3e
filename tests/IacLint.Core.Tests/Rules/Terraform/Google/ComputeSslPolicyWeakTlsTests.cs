namespace IacLint.Tests.Rules;

public class ComputeSslPolicyWeakTlsTests
{
    [Theory]
    [InlineData("fire-old-tls", new[] { "main.tf:1:1-1:47", "main.tf:8:21-8:30" })]
    [InlineData("dont-fire-tls12", new string[0])]
    public void Fires_on_tls_older_than_1_2(string fixture, string[] expected) => RuleFixture.Ranges("IAC3189", fixture).ShouldBe(expected);
}
