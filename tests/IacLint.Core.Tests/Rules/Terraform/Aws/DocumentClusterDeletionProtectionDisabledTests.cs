namespace IacLint.Tests.Rules;

public class DocumentClusterDeletionProtectionDisabledTests
{
    [Theory]
    [InlineData("fire-unprotected-clusters", new[] { "main.tf:1:1-1:39", "main.tf:7:25-7:30" })]
    [InlineData("dont-fire-protected", new string[0])]
    public void Fires_on_unprotected_clusters(string fixture, string[] expected) => RuleFixture.Ranges("IAC1177", fixture).ShouldBe(expected);
}
