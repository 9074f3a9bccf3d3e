namespace IacLint.Tests.Rules;

public class ConfigRecorderIncompleteTests
{
    [Theory]
    [InlineData("fire-partial-recorders", new[] { "main.tf:1:1-1:56", "main.tf:10:22-10:27" })]
    [InlineData("dont-fire-everything-recorded", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1079", fixture).ShouldBe(expected);
}
