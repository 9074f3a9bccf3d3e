namespace IacLint.Tests.Rules;

public class IamRootAccessKeyTests
{
    [Theory]
    [InlineData("fire-root-key-via-variable", new[] { "main.tf:6:10-6:22" })]
    [InlineData("dont-fire-service-user", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1027", fixture).ShouldBe(expected);
}
