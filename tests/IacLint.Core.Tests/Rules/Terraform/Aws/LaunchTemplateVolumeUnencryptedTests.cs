namespace IacLint.Tests.Rules;

public class LaunchTemplateVolumeUnencryptedTests
{
    [Theory]
    [InlineData("fire-unencrypted-devices", new[] { "main.tf:5:17-5:22", "main.tf:7:3-10:4", "main.tf:21:23-21:63" })]
    [InlineData("dont-fire-account-default", new string[0])]
    [InlineData("dont-fire-encrypted-or-default-on", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1043", fixture).ShouldBe(expected);
}
