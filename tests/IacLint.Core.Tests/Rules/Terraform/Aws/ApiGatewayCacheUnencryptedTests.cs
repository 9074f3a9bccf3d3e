namespace IacLint.Tests.Rules;

public class ApiGatewayCacheUnencryptedTests
{
    [Theory]
    [InlineData("fire-unencrypted-cache", new[] { "main.tf:5:3-7:4", "main.tf:16:28-16:33" })]
    [InlineData("dont-fire-encrypted-or-no-cache", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1068", fixture).ShouldBe(expected);
}
