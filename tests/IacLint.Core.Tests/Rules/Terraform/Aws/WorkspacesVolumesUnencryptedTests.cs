namespace IacLint.Tests.Rules;

public class WorkspacesVolumesUnencryptedTests
{
    [Theory]
    [InlineData("fire-unencrypted-volumes", new[] { "main.tf:1:1-1:46" })]
    [InlineData("dont-fire-encrypted-volumes", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1084", fixture).ShouldBe(expected);
}
