namespace IacLint.Tests.Rules;

public class GkeMetadataNotConcealedTests
{
    [Theory]
    [InlineData("fire-metadata-exposed", new[] { "main.tf:12:14-12:28", "main.tf:24:25-24:33" })]
    [InlineData("dont-fire-gke-metadata", new string[0])]
    public void Fires_when_node_metadata_is_exposed(string fixture, string[] expected) => RuleFixture.Ranges("IAC3160", fixture).ShouldBe(expected);
}
