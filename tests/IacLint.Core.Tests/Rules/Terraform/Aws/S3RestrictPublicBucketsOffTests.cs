namespace IacLint.Tests.Rules;

public class S3RestrictPublicBucketsOffTests
{
    [Theory]
    [InlineData("fire-flag-off-per-bucket", new[] { "main.tf:17:29-17:39" })]
    [InlineData("fire-unset-account-block", new[] { "main.tf:1:1-1:56" })]
    [InlineData("dont-fire-all-set", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1033", fixture).ShouldBe(expected);
}
