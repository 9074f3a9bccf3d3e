namespace IacLint.Tests.Rules;

public class LbDeletionProtectionOffTests
{
    [Theory]
    [InlineData("fire-unprotected", new[] { "main.tf:3:32-3:37" })]
    [InlineData("dont-fire-protected", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1062", fixture).ShouldBe(expected);
}
