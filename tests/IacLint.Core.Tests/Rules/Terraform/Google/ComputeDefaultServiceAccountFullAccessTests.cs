namespace IacLint.Tests.Rules;

public class ComputeDefaultServiceAccountFullAccessTests
{
    [Theory]
    [InlineData("fire-default-account-full-scope", new[] { "main.tf:11:14-11:24" })]
    [InlineData("dont-fire-narrow-scope-or-own-account", new string[0])]
    public void Fires_on_the_default_service_account_with_full_access(string fixture, string[] expected) => RuleFixture.Ranges("IAC3182", fixture).ShouldBe(expected);
}
