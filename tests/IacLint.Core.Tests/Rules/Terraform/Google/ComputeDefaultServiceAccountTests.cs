namespace IacLint.Tests.Rules;

public class ComputeDefaultServiceAccountTests
{
    [Theory]
    [InlineData("fire-default-account", new[] { "main.tf:1:1-1:46", "main.tf:12:14-12:63" })]
    [InlineData("dont-fire-dedicated-account", new string[0])]
    public void Fires_on_the_default_service_account(string fixture, string[] expected) => RuleFixture.Ranges("IAC3181", fixture).ShouldBe(expected);
}
