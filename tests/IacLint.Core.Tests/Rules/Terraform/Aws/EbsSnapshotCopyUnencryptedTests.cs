namespace IacLint.Tests.Rules;

public class EbsSnapshotCopyUnencryptedTests
{
    [Theory]
    [InlineData("fire-unencrypted-copy", new[] { "main.tf:1:1-1:38" })]
    [InlineData("dont-fire-encrypted-copy", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1055", fixture).ShouldBe(expected);
}
