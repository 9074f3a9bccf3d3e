namespace IacLint.Tests.Rules;

public class RedshiftNoCustomerKeyTests
{
    [Theory]
    [InlineData("fire-unencrypted-or-managed", new[] { "main.tf:1:1-1:44", "main.tf:9:24-9:29" })]
    [InlineData("dont-fire-customer-key", new string[0])]
    public void Fires_without_a_customer_managed_key(string fixture, string[] expected) => RuleFixture.Ranges("IAC1158", fixture).ShouldBe(expected);
}
