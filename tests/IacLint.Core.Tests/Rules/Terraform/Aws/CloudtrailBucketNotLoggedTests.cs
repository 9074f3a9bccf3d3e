namespace IacLint.Tests.Rules;

public class CloudtrailBucketNotLoggedTests
{
    [Theory]
    [InlineData("fire-unlogged-trail-bucket", new[] { "main.tf:7:20-7:46" })]
    [InlineData("dont-fire-logged-trail-bucket", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1077", fixture).ShouldBe(expected);
}
