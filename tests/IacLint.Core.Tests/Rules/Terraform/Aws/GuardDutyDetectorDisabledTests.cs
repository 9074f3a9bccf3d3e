namespace IacLint.Tests.Rules;

public class GuardDutyDetectorDisabledTests
{
    [Theory]
    [InlineData("fire-disabled-detector", new[] { "main.tf:7:12-7:25" })]
    [InlineData("dont-fire-enabled-detector", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1080", fixture).ShouldBe(expected);
}
