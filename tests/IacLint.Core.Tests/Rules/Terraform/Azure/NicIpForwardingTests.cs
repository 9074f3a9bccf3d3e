namespace IacLint.Tests.Rules;

public class NicIpForwardingTests
{
    [Theory]
    [InlineData("dont-fire-default", new string[0])]
    [InlineData("fire-forwarding", new[] { "main.tf:6:27-6:31", "main.tf:19:26-19:30" })]
    public void Fires_on_ip_forwarding(string fixture, string[] expected) => RuleFixture.Ranges("IAC2010", fixture).ShouldBe(expected);
}
