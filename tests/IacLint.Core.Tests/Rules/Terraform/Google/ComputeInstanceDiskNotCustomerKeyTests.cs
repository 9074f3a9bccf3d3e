namespace IacLint.Tests.Rules;

public class ComputeInstanceDiskNotCustomerKeyTests
{
    [Theory]
    [InlineData("fire-google-managed-boot-disk", new[] { "main.tf:1:1-1:41" })]
    [InlineData("dont-fire-kms-boot-disk", new string[0])]
    public void Fires_on_boot_disks_without_customer_keys(string fixture, string[] expected) => RuleFixture.Ranges("IAC3186", fixture).ShouldBe(expected);
}
