namespace IacLint.Tests.Rules;

public class IamPrivilegedServiceAccountTests
{
    [Theory]
    [InlineData("fire-admin-service-accounts", new[] { "main.tf:8:13-8:64", "main.tf:14:13-14:72" })]
    [InlineData("dont-fire-narrow-roles", new string[0])]
    public void Fires_on_privileged_service_accounts(string fixture, string[] expected) => RuleFixture.Ranges("IAC3143", fixture).ShouldBe(expected);
}
