namespace IacLint.Tests.Rules;

public class RdsClusterNoCustomerKeyTests
{
    [Theory]
    [InlineData("fire-no-or-managed-key", new[] { "main.tf:1:1-1:36", "main.tf:7:23-7:32" })]
    [InlineData("dont-fire-customer-key", new string[0])]
    public void Fires_on_clusters_without_a_customer_key(string fixture, string[] expected) => RuleFixture.Ranges("IAC1106", fixture).ShouldBe(expected);
}
