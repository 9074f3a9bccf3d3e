namespace IacLint.Tests.Rules;

public class AksNoAzurePolicyTests
{
    [Theory]
    [InlineData("dont-fire-hardened-cluster", new string[0])]
    [InlineData("fire-defaults", new[] { "main.tf:1:1-1:45" })]
    [InlineData("fire-legacy-addon-off", new[] { "main.tf:9:17-9:22" })]
    public void Fires_without_the_azure_policy_addon(string fixture, string[] expected) => RuleFixture.Ranges("IAC2047", fixture).ShouldBe(expected);
}
