namespace IacLint.Tests.Rules;

public class MskClientTrafficPlaintextTests
{
    [Theory]
    [InlineData("fire-plaintext-clients", new[] { "main.tf:7:23-7:38" })]
    [InlineData("dont-fire-tls-or-default", new string[0])]
    public void Fires_on_plaintext_client_traffic(string fixture, string[] expected) => RuleFixture.Ranges("IAC1149", fixture).ShouldBe(expected);
}
