namespace IacLint.Tests.Rules;

public class IamPolicyWriteOnAllResourcesTests
{
    [Theory]
    [InlineData("fire-write-on-star", new[] { "main.tf:8:17-8:28", "main.tf:15:12-20:6" })]
    [InlineData("dont-fire-read-only-or-conditioned", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1022", fixture).ShouldBe(expected);
}
