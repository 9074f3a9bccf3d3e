namespace IacLint.Tests.Rules;

public class EcrScanOnPushDisabledTests
{
    [Theory]
    [InlineData("fire-no-scan-with-for-each", new[] { "main.tf:6:20-6:37", "main.tf:10:1-10:38" })]
    [InlineData("dont-fire-registry-scanning", new string[0])]
    [InlineData("dont-fire-scan-on-push", new string[0])]
    public void Fires_when_pushed_images_are_not_scanned(string fixture, string[] expected) => RuleFixture.Ranges("IAC1121", fixture).ShouldBe(expected);
}
