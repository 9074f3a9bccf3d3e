namespace IacLint.Tests.Rules;

public class StorageTrustedServicesBypassTests
{
    [Theory]
    [InlineData("dont-fire-azure-services-or-default", new string[0])]
    [InlineData("fire-no-azure-services", new[] { "main.tf:14:22-14:34", "main.tf:21:24-21:32" })]
    public void Fires_when_azure_services_cannot_bypass(string fixture, string[] expected) => RuleFixture.Ranges("IAC2013", fixture).ShouldBe(expected);
}
