namespace IacLint.Tests.Rules;

public class RedshiftNotInVpcTests
{
    [Theory]
    [InlineData("fire-default-vpc", new[] { "main.tf:1:1-1:44" })]
    [InlineData("dont-fire-subnet-group", new string[0])]
    public void Fires_without_a_subnet_group(string fixture, string[] expected) => RuleFixture.Ranges("IAC1159", fixture).ShouldBe(expected);
}
