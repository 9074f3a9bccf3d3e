namespace IacLint.Tests.Rules;

public class AmiLookupWithoutOwnersTests
{
    [Theory]
    [InlineData("fire-no-owner", new[] { "main.tf:1:1-1:24" })]
    [InlineData("dont-fire-owner-or-owner-filter", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1085", fixture).ShouldBe(expected);
}
