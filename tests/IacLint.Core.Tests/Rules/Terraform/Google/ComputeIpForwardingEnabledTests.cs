namespace IacLint.Tests.Rules;

public class ComputeIpForwardingEnabledTests
{
    [Theory]
    [InlineData("fire-forwarding", new[] { "main.tf:4:20-4:24" })]
    [InlineData("dont-fire-no-forwarding", new string[0])]
    public void Fires_when_ip_forwarding_is_on(string fixture, string[] expected) => RuleFixture.Ranges("IAC3180", fixture).ShouldBe(expected);
}
