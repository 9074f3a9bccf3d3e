namespace IacLint.Tests.Rules;

public class S3ObjectWritesNotLoggedTests
{
    [Theory]
    [InlineData("fire-other-kind-or-other-bucket", new[] { "main.tf:1:1-1:32" })]
    [InlineData("dont-fire-bucket-selected", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1037", fixture).ShouldBe(expected);
}
