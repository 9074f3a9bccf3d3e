namespace IacLint.Tests.Rules;

public class IamPolicyNotActionAllowTests
{
    [Theory]
    [InlineData("fire-not-action-and-not-resource", new[] { "main.tf:3:19-3:47", "main.tf:11:12-18:5" })]
    [InlineData("dont-fire-deny-with-not-action", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1023", fixture).ShouldBe(expected);
}
