namespace IacLint.Tests.Rules;

public class S3MfaDeleteDisabledTests
{
    [Theory]
    [InlineData("fire-mfa-delete-off", new[] { "main.tf:9:18-9:28", "main.tf:15:3-17:4" })]
    [InlineData("dont-fire-mfa-delete-or-unversioned", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1034", fixture).ShouldBe(expected);
}
