namespace IacLint.Tests.Rules;

public class EcrRepositoryNoCustomerKeyTests
{
    [Theory]
    [InlineData("fire-aes-or-managed-key", new[] { "main.tf:1:1-1:36", "main.tf:8:23-8:31", "main.tf:12:1-12:38" })]
    [InlineData("dont-fire-customer-key", new string[0])]
    public void Fires_without_a_customer_managed_key(string fixture, string[] expected) => RuleFixture.Ranges("IAC1123", fixture).ShouldBe(expected);
}
