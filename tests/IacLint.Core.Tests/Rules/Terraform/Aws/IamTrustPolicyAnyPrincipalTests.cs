namespace IacLint.Tests.Rules;

public class IamTrustPolicyAnyPrincipalTests
{
    [Theory]
    [InlineData("fire-open-trust", new[] { "main.tf:2:3-8:4", "main.tf:19:24-26:5" })]
    [InlineData("dont-fire-named-or-conditioned", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1024", fixture).ShouldBe(expected);
}
