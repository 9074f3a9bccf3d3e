namespace IacLint.Tests.Rules;

public class S3NoTlsOnlyPolicyTests
{
    [Theory]
    [InlineData("fire-no-deny-statement", new[] { "main.tf:1:1-1:32", "main.tf:5:1-5:44" })]
    [InlineData("dont-fire-tls-only-document", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1035", fixture).ShouldBe(expected);
}
