namespace IacLint.Tests.Rules;

public class NetworkAclOpenAdminPortsTests
{
    [Theory]
    [InlineData("fire-open-ssh-and-rdp", new[] { "main.tf:7:20-7:31", "main.tf:20:25-20:31" })]
    [InlineData("dont-fire-restricted-or-egress", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1051", fixture).ShouldBe(expected);
}
