namespace IacLint.Tests.Rules;

public class EcrRepositoryPolicyPublicTests
{
    [Theory]
    [InlineData("fire-public-policy", new[] { "main.tf:7:12-14:5", "main.tf:29:16-29:56", "main.tf:34:16-42:5" })]
    [InlineData("dont-fire-account-or-org-condition", new string[0])]
    [InlineData("dont-fire-heredoc-with-account-id", new string[0])]
    public void Fires_on_policies_open_to_anyone(string fixture, string[] expected) => RuleFixture.Ranges("IAC1124", fixture).ShouldBe(expected);
}
