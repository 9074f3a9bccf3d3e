namespace IacLint.Tests.Rules;

public class EmrAtRestEncryptionDisabledTests
{
    [Theory]
    [InlineData("fire-at-rest-off", new[] { "main.tf:3:19-8:5" })]
    [InlineData("dont-fire-at-rest-on", new string[0])]
    public void Fires_without_at_rest_encryption(string fixture, string[] expected) => RuleFixture.Ranges("IAC1134", fixture).ShouldBe(expected);
}
