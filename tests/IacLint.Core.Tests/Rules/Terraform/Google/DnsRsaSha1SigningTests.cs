namespace IacLint.Tests.Rules;

public class DnsRsaSha1SigningTests
{
    [Theory]
    [InlineData("fire-rsasha1", new[] { "main.tf:9:22-9:31" })]
    [InlineData("dont-fire-ecdsa", new string[0])]
    public void Fires_on_rsasha1_keys(string fixture, string[] expected) => RuleFixture.Ranges("IAC3194", fixture).ShouldBe(expected);
}
