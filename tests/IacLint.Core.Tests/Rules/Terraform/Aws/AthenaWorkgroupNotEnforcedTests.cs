namespace IacLint.Tests.Rules;

public class AthenaWorkgroupNotEnforcedTests
{
    [Theory]
    [InlineData("fire-overridable", new[] { "main.tf:1:1-1:43", "main.tf:8:39-8:44" })]
    [InlineData("dont-fire-enforced", new string[0])]
    public void Fires_when_clients_can_override(string fixture, string[] expected) => RuleFixture.Ranges("IAC1169", fixture).ShouldBe(expected);
}
