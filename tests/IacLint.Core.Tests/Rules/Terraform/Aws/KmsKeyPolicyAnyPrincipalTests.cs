namespace IacLint.Tests.Rules;

public class KmsKeyPolicyAnyPrincipalTests
{
    [Theory]
    [InlineData("fire-open-key-policy", new[] { "main.tf:3:12-11:5", "main.tf:31:12-31:50" })]
    [InlineData("dont-fire-account-or-condition", new string[0])]
    public void Fires_on_key_policies_open_to_anyone(string fixture, string[] expected) => RuleFixture.Ranges("IAC1139", fixture).ShouldBe(expected);
}
