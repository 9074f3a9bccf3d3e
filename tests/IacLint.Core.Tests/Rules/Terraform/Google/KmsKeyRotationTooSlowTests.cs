namespace IacLint.Tests.Rules;

public class KmsKeyRotationTooSlowTests
{
    [Theory]
    [InlineData("fire-slow-or-no-rotation", new[] { "main.tf:1:1-1:41", "main.tf:9:21-9:32" })]
    [InlineData("dont-fire-quarterly-or-asymmetric", new string[0])]
    public void Fires_when_rotation_is_slower_than_90_days(string fixture, string[] expected) => RuleFixture.Ranges("IAC3192", fixture).ShouldBe(expected);
}
