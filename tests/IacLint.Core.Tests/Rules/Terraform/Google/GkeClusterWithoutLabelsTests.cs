namespace IacLint.Tests.Rules;

public class GkeClusterWithoutLabelsTests
{
    [Theory]
    [InlineData("fire-no-labels", new[] { "main.tf:1:1-1:43" })]
    [InlineData("dont-fire-labelled", new string[0])]
    public void Fires_without_labels(string fixture, string[] expected) => RuleFixture.Ranges("IAC3169", fixture).ShouldBe(expected);
}
