namespace IacLint.Tests.Rules;

public class DynamoDbDeletionProtectionDisabledTests
{
    [Theory]
    [InlineData("fire-unprotected-tables", new[] { "main.tf:1:1-1:39", "main.tf:9:33-9:44" })]
    [InlineData("dont-fire-protected", new string[0])]
    public void Fires_on_unprotected_tables(string fixture, string[] expected) => RuleFixture.Ranges("IAC1176", fixture).ShouldBe(expected);
}
