namespace IacLint.Tests.Rules;

public class CloudtrailBucketPublicTests
{
    [Theory]
    [InlineData("fire-public-trail-bucket", new[] { "main.tf:12:20-12:42" })]
    [InlineData("dont-fire-private-trail-bucket", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1076", fixture).ShouldBe(expected);
}
