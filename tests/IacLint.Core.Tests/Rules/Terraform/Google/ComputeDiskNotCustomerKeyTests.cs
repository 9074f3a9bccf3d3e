namespace IacLint.Tests.Rules;

public class ComputeDiskNotCustomerKeyTests
{
    [Theory]
    [InlineData("fire-google-managed-disk", new[] { "main.tf:1:1-1:38" })]
    [InlineData("dont-fire-kms-disk", new string[0])]
    public void Fires_on_disks_without_customer_keys(string fixture, string[] expected) => RuleFixture.Ranges("IAC3187", fixture).ShouldBe(expected);
}
