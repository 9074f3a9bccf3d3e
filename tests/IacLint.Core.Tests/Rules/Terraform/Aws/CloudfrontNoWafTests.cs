namespace IacLint.Tests.Rules;

public class CloudfrontNoWafTests
{
    [Theory]
    [InlineData("fire-no-web-acl", new[] { "main.tf:1:1-1:46" })]
    [InlineData("dont-fire-web-acl", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1066", fixture).ShouldBe(expected);
}
