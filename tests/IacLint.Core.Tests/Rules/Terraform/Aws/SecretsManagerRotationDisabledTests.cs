namespace IacLint.Tests.Rules;

public class SecretsManagerRotationDisabledTests
{
    [Theory]
    [InlineData("fire-never-rotated", new[] { "main.tf:5:1-5:43" })]
    [InlineData("dont-fire-rotated", new string[0])]
    public void Fires_on_secrets_never_rotated(string fixture, string[] expected) => RuleFixture.Ranges("IAC1167", fixture).ShouldBe(expected);
}
