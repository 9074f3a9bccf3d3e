namespace IacLint.Tests.Rules;

public class AksLocalAccountsEnabledTests
{
    [Theory]
    [InlineData("dont-fire-hardened-cluster", new string[0])]
    [InlineData("fire-defaults", new[] { "main.tf:1:1-1:45" })]
    public void Fires_when_local_accounts_remain(string fixture, string[] expected) => RuleFixture.Ranges("IAC2050", fixture).ShouldBe(expected);
}
