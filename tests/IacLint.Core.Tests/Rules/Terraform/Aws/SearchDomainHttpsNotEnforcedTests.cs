namespace IacLint.Tests.Rules;

public class SearchDomainHttpsNotEnforcedTests
{
    [Theory]
    [InlineData("fire-http-allowed", new[] { "main.tf:1:1-1:42", "main.tf:8:21-8:26" })]
    [InlineData("dont-fire-https", new string[0])]
    public void Fires_when_http_is_accepted(string fixture, string[] expected) => RuleFixture.Ranges("IAC1131", fixture).ShouldBe(expected);
}
