namespace IacLint.Tests.Rules;

public class IamS3FullAccessTests
{
    [Theory]
    [InlineData("fire-s3-full-access", new[] { "main.tf:3:16-3:60", "main.tf:8:17-8:25" })]
    [InlineData("dont-fire-scoped-s3", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1029", fixture).ShouldBe(expected);
}
