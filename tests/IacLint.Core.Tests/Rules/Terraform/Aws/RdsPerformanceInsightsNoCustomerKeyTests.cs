namespace IacLint.Tests.Rules;

public class RdsPerformanceInsightsNoCustomerKeyTests
{
    [Theory]
    [InlineData("fire-aws-managed-key", new[] { "main.tf:1:1-1:36", "main.tf:7:37-7:39" })]
    [InlineData("dont-fire-customer-key-or-off", new string[0])]
    public void Fires_on_the_aws_managed_key(string fixture, string[] expected) => RuleFixture.Ranges("IAC1105", fixture).ShouldBe(expected);
}
