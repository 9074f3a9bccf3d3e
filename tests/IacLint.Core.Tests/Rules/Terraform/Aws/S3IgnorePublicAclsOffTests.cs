namespace IacLint.Tests.Rules;

public class S3IgnorePublicAclsOffTests
{
    [Theory]
    [InlineData("fire-flag-off-per-bucket", new[] { "main.tf:17:24-17:34" })]
    [InlineData("fire-unset-account-block", new[] { "main.tf:1:1-1:56" })]
    [InlineData("dont-fire-all-set", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1032", fixture).ShouldBe(expected);
}
