namespace IacLint.Tests.Rules;

public class AppServiceMinimumTlsTests
{
    [Theory]
    [InlineData("dont-fire-hardened-app", new string[0])]
    [InlineData("fire-old-tls", new[] { "main.tf:8:27-8:32", "main.tf:19:23-19:28" })]
    public void Fires_on_old_tls_versions(string fixture, string[] expected) => RuleFixture.Ranges("IAC2052", fixture).ShouldBe(expected);
}
