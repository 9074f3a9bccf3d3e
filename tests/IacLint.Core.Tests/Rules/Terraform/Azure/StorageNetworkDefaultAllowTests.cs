namespace IacLint.Tests.Rules;

public class StorageNetworkDefaultAllowTests
{
    [Theory]
    [InlineData("dont-fire-deny-or-private", new string[0])]
    [InlineData("fire-allow-and-missing", new[] { "main.tf:1:1-1:42", "main.tf:17:22-17:40", "main.tf:36:24-36:31" })]
    public void Fires_when_every_network_may_connect(string fixture, string[] expected) => RuleFixture.Ranges("IAC2012", fixture).ShouldBe(expected);
}
