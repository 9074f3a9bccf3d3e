namespace IacLint.Tests.Rules;

public class ComputeInstancePublicIpTests
{
    [Theory]
    [InlineData("fire-external-ip", new[] { "main.tf:1:1-1:41" })]
    [InlineData("dont-fire-internal-only", new string[0])]
    public void Fires_on_external_ip_addresses(string fixture, string[] expected) => RuleFixture.Ranges("IAC3179", fixture).ShouldBe(expected);
}
