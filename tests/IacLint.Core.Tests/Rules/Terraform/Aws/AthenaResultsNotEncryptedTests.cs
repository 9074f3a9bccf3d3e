namespace IacLint.Tests.Rules;

public class AthenaResultsNotEncryptedTests
{
    [Theory]
    [InlineData("fire-unencrypted-results", new[] { "main.tf:1:1-1:39", "main.tf:6:1-6:43" })]
    [InlineData("dont-fire-encrypted-results", new string[0])]
    public void Fires_on_unencrypted_results(string fixture, string[] expected) => RuleFixture.Ranges("IAC1168", fixture).ShouldBe(expected);
}
