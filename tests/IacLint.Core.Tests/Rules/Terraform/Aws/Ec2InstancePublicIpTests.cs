namespace IacLint.Tests.Rules;

public class Ec2InstancePublicIpTests
{
    [Theory]
    [InlineData("fire-public-instances-with-count", new[] { "main.tf:5:33-5:49" })]
    [InlineData("dont-fire-private", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1042", fixture).ShouldBe(expected);
}
