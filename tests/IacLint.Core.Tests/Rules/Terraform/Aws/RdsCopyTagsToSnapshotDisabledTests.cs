namespace IacLint.Tests.Rules;

public class RdsCopyTagsToSnapshotDisabledTests
{
    [Theory]
    [InlineData("fire-tags-not-copied", new[] { "main.tf:1:1-1:36", "main.tf:7:27-7:32" })]
    [InlineData("dont-fire-tags-copied", new string[0])]
    public void Fires_when_tags_are_not_copied(string fixture, string[] expected) => RuleFixture.Ranges("IAC1108", fixture).ShouldBe(expected);
}
