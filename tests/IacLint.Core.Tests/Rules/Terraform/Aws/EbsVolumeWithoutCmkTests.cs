namespace IacLint.Tests.Rules;

public class EbsVolumeWithoutCmkTests
{
    [Theory]
    [InlineData("fire-aws-managed-key", new[] { "main.tf:1:1-1:33", "main.tf:11:23-11:38" })]
    [InlineData("dont-fire-cmk", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1044", fixture).ShouldBe(expected);
}
