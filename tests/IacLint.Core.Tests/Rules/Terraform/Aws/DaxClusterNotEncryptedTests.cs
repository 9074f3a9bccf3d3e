namespace IacLint.Tests.Rules;

public class DaxClusterNotEncryptedTests
{
    [Theory]
    [InlineData("fire-unencrypted-dax", new[] { "main.tf:1:1-1:35", "main.tf:8:15-8:20" })]
    [InlineData("dont-fire-encrypted-dax", new string[0])]
    public void Fires_on_unencrypted_clusters(string fixture, string[] expected) => RuleFixture.Ranges("IAC1111", fixture).ShouldBe(expected);
}
