namespace IacLint.Tests.Rules;

public class DatabaseFirewallOpenToInternetTests
{
    [Theory]
    [InlineData("dont-fire-office-or-azure-services", new string[0])]
    [InlineData("fire-whole-range", new[] { "main.tf:9:22-9:37", "main.tf:16:22-16:39" })]
    public void Fires_on_firewall_rules_open_to_everyone(string fixture, string[] expected) => RuleFixture.Ranges("IAC2026", fixture).ShouldBe(expected);
}
