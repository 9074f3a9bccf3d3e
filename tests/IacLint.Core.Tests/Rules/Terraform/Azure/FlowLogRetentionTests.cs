namespace IacLint.Tests.Rules;

public class FlowLogRetentionTests
{
    [Theory]
    [InlineData("dont-fire-ninety-days-or-forever", new string[0])]
    [InlineData("fire-short-or-disabled", new[] { "main.tf:16:15-16:33", "main.tf:29:15-29:20", "main.tf:34:1-34:51" })]
    public void Fires_on_short_or_missing_retention(string fixture, string[] expected) => RuleFixture.Ranges("IAC2008", fixture).ShouldBe(expected);
}
