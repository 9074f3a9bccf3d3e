namespace IacLint.Tests.Rules;

public class SynapseNoManagedVnetTests
{
    [Theory]
    [InlineData("dont-fire-managed-vnet", new string[0])]
    [InlineData("fire-no-managed-vnet", new[] { "main.tf:1:1-1:49" })]
    public void Fires_without_a_managed_vnet(string fixture, string[] expected) => RuleFixture.Ranges("IAC2074", fixture).ShouldBe(expected);
}
