namespace IacLint.Tests.Rules;

public class NeptuneNoCustomerKeyTests
{
    [Theory]
    [InlineData("fire-no-customer-key", new[] { "main.tf:1:1-1:39" })]
    [InlineData("dont-fire-customer-key", new string[0])]
    public void Fires_without_a_customer_managed_key(string fixture, string[] expected) => RuleFixture.Ranges("IAC1154", fixture).ShouldBe(expected);
}
