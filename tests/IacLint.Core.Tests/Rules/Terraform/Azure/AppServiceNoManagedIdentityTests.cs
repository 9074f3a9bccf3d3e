namespace IacLint.Tests.Rules;

public class AppServiceNoManagedIdentityTests
{
    [Theory]
    [InlineData("dont-fire-hardened-app", new string[0])]
    [InlineData("fire-legacy-defaults", new[] { "main.tf:1:1-1:40" })]
    public void Fires_without_a_managed_identity(string fixture, string[] expected) => RuleFixture.Ranges("IAC2053", fixture).ShouldBe(expected);
}
