namespace IacLint.Tests.Rules;

public class SecretsManagerNoCustomerKeyTests
{
    [Theory]
    [InlineData("fire-managed-key", new[] { "main.tf:1:1-1:42", "main.tf:7:16-7:42" })]
    [InlineData("dont-fire-customer-key-via-module", new string[0])]
    public void Fires_without_a_customer_managed_key(string fixture, string[] expected) => RuleFixture.Ranges("IAC1166", fixture).ShouldBe(expected);
}
