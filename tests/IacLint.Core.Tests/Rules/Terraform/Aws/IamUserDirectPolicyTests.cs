namespace IacLint.Tests.Rules;

public class IamUserDirectPolicyTests
{
    [Theory]
    [InlineData("fire-user-policies", new[] { "main.tf:8:12-8:17", "main.tf:14:16-14:25" })]
    [InlineData("dont-fire-group-policies", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1026", fixture).ShouldBe(expected);
}
