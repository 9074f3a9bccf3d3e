namespace IacLint.Tests.Rules;

public class MonitorLogProfileCategoriesTests
{
    [Theory]
    [InlineData("dont-fire-all-categories", new string[0])]
    [InlineData("fire-missing-categories", new[] { "main.tf:3:24-3:33" })]
    public void Fires_on_missing_categories(string fixture, string[] expected) => RuleFixture.Ranges("IAC2067", fixture).ShouldBe(expected);
}
