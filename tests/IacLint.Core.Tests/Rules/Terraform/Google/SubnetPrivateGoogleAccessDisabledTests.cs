namespace IacLint.Tests.Rules;

public class SubnetPrivateGoogleAccessDisabledTests
{
    [Theory]
    [InlineData("fire-private-access-off", new[] { "main.tf:14:30-14:55", "main.tf:17:1-17:45" })]
    [InlineData("dont-fire-private-access-on", new string[0])]
    public void Fires_without_private_google_access(string fixture, string[] expected) => RuleFixture.Ranges("IAC3191", fixture).ShouldBe(expected);
}
