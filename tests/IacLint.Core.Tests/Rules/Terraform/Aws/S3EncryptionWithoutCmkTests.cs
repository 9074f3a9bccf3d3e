namespace IacLint.Tests.Rules;

public class S3EncryptionWithoutCmkTests
{
    [Theory]
    [InlineData("fire-s3-managed-and-aws-managed-key", new[] { "main.tf:14:23-14:31", "main.tf:24:25-24:38" })]
    [InlineData("dont-fire-cmk-or-log-bucket", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1036", fixture).ShouldBe(expected);
}
