namespace IacLint.Tests.Rules;

public class IamServiceAccountImpersonationTests
{
    [Theory]
    [InlineData("fire-project-level-impersonation", new[] { "main.tf:8:13-8:21", "main.tf:14:13-14:43" })]
    [InlineData("dont-fire-on-the-service-account", new string[0])]
    public void Fires_on_impersonation_roles_above_the_service_account(string fixture, string[] expected) => RuleFixture.Ranges("IAC3145", fixture).ShouldBe(expected);
}
