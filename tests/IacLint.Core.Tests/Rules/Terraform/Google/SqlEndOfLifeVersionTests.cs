namespace IacLint.Tests.Rules;

public class SqlEndOfLifeVersionTests
{
    [Theory]
    [InlineData("fire-old-versions", new[] { "main.tf:12:22-12:32" })]
    [InlineData("dont-fire-supported-versions", new string[0])]
    public void Fires_on_end_of_life_versions(string fixture, string[] expected) => RuleFixture.Ranges("IAC3125", fixture).ShouldBe(expected);
}
