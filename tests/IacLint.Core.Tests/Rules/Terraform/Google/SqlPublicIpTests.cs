namespace IacLint.Tests.Rules;

public class SqlPublicIpTests
{
    [Theory]
    [InlineData("fire-default-and-explicit-public-ip", new[] { "main.tf:1:1-1:51", "main.tf:13:22-13:32" })]
    [InlineData("dont-fire-private-ip", new string[0])]
    public void Fires_on_public_ip_addresses(string fixture, string[] expected) => RuleFixture.Ranges("IAC3110", fixture).ShouldBe(expected);
}
