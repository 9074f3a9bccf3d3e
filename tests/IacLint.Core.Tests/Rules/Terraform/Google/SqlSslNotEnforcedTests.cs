namespace IacLint.Tests.Rules;

public class SqlSslNotEnforcedTests
{
    [Theory]
    [InlineData("fire-unencrypted-allowed", new[] { "main.tf:6:21-6:26", "main.tf:16:18-16:51", "main.tf:21:1-21:48" })]
    [InlineData("dont-fire-encrypted-only", new string[0])]
    public void Fires_when_unencrypted_connections_are_accepted(string fixture, string[] expected) => RuleFixture.Ranges("IAC3112", fixture).ShouldBe(expected);
}
