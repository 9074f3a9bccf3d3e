namespace IacLint.Tests.Rules;

public class IamPolicyServiceWildcardTests
{
    [Theory]
    [InlineData("fire-service-wildcards", new[] { "main.tf:7:17-7:53", "main.tf:15:12-22:5" })]
    [InlineData("dont-fire-named-actions-and-deny", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1021", fixture).ShouldBe(expected);
}
