namespace IacLint.Tests.Rules;

public class MskAtRestNoCustomerKeyTests
{
    [Theory]
    [InlineData("fire-aws-managed-key", new[] { "main.tf:1:1-1:36", "main.tf:7:1-7:36" })]
    [InlineData("dont-fire-customer-key", new string[0])]
    public void Fires_without_a_customer_managed_key(string fixture, string[] expected) => RuleFixture.Ranges("IAC1151", fixture).ShouldBe(expected);
}
