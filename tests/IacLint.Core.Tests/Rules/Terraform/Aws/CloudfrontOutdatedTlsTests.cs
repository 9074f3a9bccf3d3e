namespace IacLint.Tests.Rules;

public class CloudfrontOutdatedTlsTests
{
    [Theory]
    [InlineData("fire-old-tls", new[] { "main.tf:6:32-6:46", "main.tf:10:1-10:47" })]
    [InlineData("dont-fire-tls12-or-default-certificate", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1064", fixture).ShouldBe(expected);
}
