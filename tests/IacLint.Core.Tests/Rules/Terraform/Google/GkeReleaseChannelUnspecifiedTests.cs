namespace IacLint.Tests.Rules;

public class GkeReleaseChannelUnspecifiedTests
{
    [Theory]
    [InlineData("fire-unspecified-channel", new[] { "main.tf:10:15-10:26" })]
    [InlineData("dont-fire-regular-or-default", new string[0])]
    public void Fires_outside_release_channels(string fixture, string[] expected) => RuleFixture.Ranges("IAC3172", fixture).ShouldBe(expected);
}
