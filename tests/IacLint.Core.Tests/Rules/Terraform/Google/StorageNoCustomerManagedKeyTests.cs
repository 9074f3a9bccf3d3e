namespace IacLint.Tests.Rules;

public class StorageNoCustomerManagedKeyTests
{
    [Theory]
    [InlineData("fire-google-managed-key", new[] { "main.tf:1:1-1:41", "main.tf:6:1-6:44" })]
    [InlineData("dont-fire-kms-key", new string[0])]
    public void Fires_without_a_customer_managed_key(string fixture, string[] expected) => RuleFixture.Ranges("IAC3134", fixture).ShouldBe(expected);
}
