namespace IacLint.Tests.Rules;

public class SqsPolicyWildcardActionsTests
{
    [Theory]
    [InlineData("fire-all-actions", new[] { "main.tf:3:12-11:5", "main.tf:27:15-27:56" })]
    [InlineData("dont-fire-listed-actions", new string[0])]
    public void Fires_on_policies_allowing_all_actions(string fixture, string[] expected) => RuleFixture.Ranges("IAC1165", fixture).ShouldBe(expected);
}
