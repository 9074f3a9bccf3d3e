namespace IacLint.Tests.Rules;

public class ComputeProjectSshKeysAllowedTests
{
    [Theory]
    [InlineData("fire-project-keys-accepted", new[] { "main.tf:1:1-1:43", "main.tf:9:14-11:4" })]
    [InlineData("dont-fire-blocked-or-os-login", new string[0])]
    public void Fires_when_project_ssh_keys_are_accepted(string fixture, string[] expected) => RuleFixture.Ranges("IAC3178", fixture).ShouldBe(expected);
}
