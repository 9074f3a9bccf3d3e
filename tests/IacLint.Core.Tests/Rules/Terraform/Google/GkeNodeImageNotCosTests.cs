namespace IacLint.Tests.Rules;

public class GkeNodeImageNotCosTests
{
    [Theory]
    [InlineData("fire-ubuntu-nodes", new[] { "main.tf:4:18-4:37" })]
    [InlineData("dont-fire-cos-or-default", new string[0])]
    public void Fires_on_images_other_than_cos(string fixture, string[] expected) => RuleFixture.Ranges("IAC3168", fixture).ShouldBe(expected);
}
