namespace IacLint.Tests.Rules;

public class IamPasswordReuseAllowedTests
{
    [Theory]
    [InlineData("fire-unset-in-module", new[] { "modules/account/main.tf:1:1-1:50" })]
    [InlineData("fire-weak-policy-with-variable", new[] { "main.tf:8:34-8:35" })]
    [InlineData("dont-fire-strict-policy", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1014", fixture).ShouldBe(expected);
}
