namespace IacLint.Tests.Rules;

public class StorageAccountNoCustomerManagedKeyTests
{
    [Theory]
    [InlineData("dont-fire-cmk", new string[0])]
    [InlineData("fire-microsoft-managed", new[] { "main.tf:1:1-1:42" })]
    public void Fires_without_a_customer_managed_key(string fixture, string[] expected) => RuleFixture.Ranges("IAC2019", fixture).ShouldBe(expected);
}
