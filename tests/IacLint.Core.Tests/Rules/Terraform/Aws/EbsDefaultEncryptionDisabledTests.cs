namespace IacLint.Tests.Rules;

public class EbsDefaultEncryptionDisabledTests
{
    [Theory]
    [InlineData("fire-default-encryption-off", new[] { "main.tf:7:13-7:35" })]
    [InlineData("dont-fire-default-encryption-on", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1056", fixture).ShouldBe(expected);
}
