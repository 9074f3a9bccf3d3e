namespace IacLint.Tests.Rules;

public class SqlTdeWithoutCustomerKeyTests
{
    [Theory]
    [InlineData("dont-fire-customer-key", new string[0])]
    [InlineData("fire-service-managed", new[] { "main.tf:1:1-1:39", "main.tf:8:1-8:40" })]
    public void Fires_without_a_customer_managed_tde_key(string fixture, string[] expected) => RuleFixture.Ranges("IAC2040", fixture).ShouldBe(expected);
}
