namespace IacLint.Tests.Rules;

public class KeyVaultNetworkAclsAllowTests
{
    [Theory]
    [InlineData("dont-fire-deny", new string[0])]
    [InlineData("fire-open-vaults", new[] { "main.tf:6:1-6:39", "modules/vault/main.tf:13:22-13:40" })]
    public void Fires_when_every_network_may_connect(string fixture, string[] expected) => RuleFixture.Ranges("IAC2022", fixture).ShouldBe(expected);

    [Fact]
    public void Names_the_module_instance_and_its_call_site()
    {
        var viaModule = RuleFixture.Scan("IAC2022", "fire-open-vaults").Single(f => f.Location.Path == "modules/vault/main.tf");
        viaModule.LogicalLocation!.FullyQualifiedName.ShouldBe("module.app.azurerm_key_vault.this");
        viaModule.RelatedLocations.Select(r => r.Label).ShouldContain("called as module.app");
    }
}
