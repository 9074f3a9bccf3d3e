namespace IacLint.Tests.Rules;

public class DefaultVpcInUseTests
{
    [Theory]
    [InlineData("fire-default-vpc", new[] { "main.tf:1:1-1:37" })]
    [InlineData("dont-fire-dedicated-vpc", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1048", fixture).ShouldBe(expected);
}
