namespace IacLint.Tests.Rules;

public class SubnetPublicIpOnLaunchTests
{
    [Theory]
    [InlineData("fire-public-subnets-for-each", new[] { "main.tf:13:29-13:46" })]
    [InlineData("dont-fire-private-subnet", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1052", fixture).ShouldBe(expected);
}
