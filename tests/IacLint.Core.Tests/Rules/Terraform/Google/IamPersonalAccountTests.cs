namespace IacLint.Tests.Rules;

public class IamPersonalAccountTests
{
    [Theory]
    [InlineData("fire-consumer-accounts", new[] { "main.tf:4:13-4:65", "main.tf:10:13-10:42" })]
    [InlineData("dont-fire-company-accounts", new string[0])]
    public void Fires_on_personal_accounts(string fixture, string[] expected) => RuleFixture.Ranges("IAC3147", fixture).ShouldBe(expected);
}
