namespace IacLint.Tests.Rules;

public class DynamoDbTableNoCustomerKeyTests
{
    [Theory]
    [InlineData("fire-owned-managed-or-disabled", new[] { "main.tf:1:1-1:39", "main.tf:9:19-9:39", "main.tf:16:19-16:24" })]
    [InlineData("dont-fire-customer-key-via-module", new string[0])]
    public void Fires_without_a_customer_managed_key(string fixture, string[] expected) => RuleFixture.Ranges("IAC1110", fixture).ShouldBe(expected);
}
