namespace IacLint.Tests.Rules;

public class IamGroupWithoutMfaTests
{
    [Theory]
    [InlineData("fire-groups-without-mfa", new[] { "main.tf:1:1-1:38", "main.tf:13:1-13:33" })]
    [InlineData("dont-fire-mfa-condition-in-attached-policy", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1028", fixture).ShouldBe(expected);
}
