namespace IacLint.Tests.Rules;

public class IamPasswordNoLowercaseTests
{
    [Theory]
    [InlineData("fire-unset-in-module", new[] { "modules/account/main.tf:1:1-1:50" })]
    [InlineData("fire-weak-policy-with-variable", new[] { "main.tf:10:34-10:39" })]
    [InlineData("dont-fire-strict-policy", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1015", fixture).ShouldBe(expected);
}
