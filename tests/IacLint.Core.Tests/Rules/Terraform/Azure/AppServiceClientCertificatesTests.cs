namespace IacLint.Tests.Rules;

public class AppServiceClientCertificatesTests
{
    [Theory]
    [InlineData("dont-fire-hardened-app", new string[0])]
    [InlineData("fire-legacy-defaults", new[] { "main.tf:1:1-1:40" })]
    public void Fires_without_client_certificates(string fixture, string[] expected) => RuleFixture.Ranges("IAC2056", fixture).ShouldBe(expected);
}
