namespace IacLint.Tests.Rules;

public class StorageVersioningDisabledTests
{
    [Theory]
    [InlineData("fire-versioning-off-in-module", new[] { "main.tf:6:1-6:41", "modules/bucket/main.tf:9:15-9:29" })]
    [InlineData("dont-fire-versioned", new string[0])]
    public void Fires_when_versioning_is_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC3132", fixture).ShouldBe(expected);
}
