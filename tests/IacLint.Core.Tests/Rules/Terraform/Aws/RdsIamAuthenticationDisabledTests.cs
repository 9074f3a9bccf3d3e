namespace IacLint.Tests.Rules;

public class RdsIamAuthenticationDisabledTests
{
    [Theory]
    [InlineData("fire-password-only", new[] { "main.tf:3:41-3:46", "main.tf:6:1-6:37" })]
    [InlineData("dont-fire-iam-or-unsupported-engine", new string[0])]
    public void Fires_on_password_only_databases(string fixture, string[] expected) => RuleFixture.Ranges("IAC1103", fixture).ShouldBe(expected);
}
