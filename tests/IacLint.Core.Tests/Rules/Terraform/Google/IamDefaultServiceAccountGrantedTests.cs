namespace IacLint.Tests.Rules;

public class IamDefaultServiceAccountGrantedTests
{
    [Theory]
    [InlineData("fire-default-accounts", new[] { "main.tf:7:13-7:77", "main.tf:13:12-13:66", "main.tf:19:12-19:89" })]
    [InlineData("dont-fire-dedicated-accounts", new string[0])]
    public void Fires_on_roles_granted_to_default_service_accounts(string fixture, string[] expected) => RuleFixture.Ranges("IAC3144", fixture).ShouldBe(expected);
}
