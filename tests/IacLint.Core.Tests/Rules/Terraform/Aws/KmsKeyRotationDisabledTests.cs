namespace IacLint.Tests.Rules;

public class KmsKeyRotationDisabledTests
{
    [Theory]
    [InlineData("fire-no-rotation-with-count", new[] { "main.tf:3:25-3:40", "main.tf:6:1-6:30" })]
    [InlineData("dont-fire-rotated-or-asymmetric", new string[0])]
    public void Fires_on_symmetric_keys_without_rotation(string fixture, string[] expected) => RuleFixture.Ranges("IAC1138", fixture).ShouldBe(expected);
}
