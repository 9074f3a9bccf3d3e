namespace IacLint.Tests.Rules;

public class SearchDomainOutdatedTlsPolicyTests
{
    [Theory]
    [InlineData("fire-tls-1-0", new[] { "main.tf:5:27-5:55", "main.tf:9:1-9:45" })]
    [InlineData("dont-fire-tls-1-2", new string[0])]
    public void Fires_on_tls_below_1_2(string fixture, string[] expected) => RuleFixture.Ranges("IAC1133", fixture).ShouldBe(expected);
}
