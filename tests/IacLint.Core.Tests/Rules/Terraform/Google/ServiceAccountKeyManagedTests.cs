namespace IacLint.Tests.Rules;

public class ServiceAccountKeyManagedTests
{
    [Theory]
    [InlineData("fire-generated-key", new[] { "main.tf:5:1-5:43" })]
    [InlineData("dont-fire-uploaded-public-key", new string[0])]
    public void Fires_on_generated_service_account_keys(string fixture, string[] expected) => RuleFixture.Ranges("IAC3146", fixture).ShouldBe(expected);
}
