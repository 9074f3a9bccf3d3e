namespace IacLint.Tests.Rules;

public class LambdaPermissionAnyPrincipalTests
{
    [Theory]
    [InlineData("fire-any-principal", new[] { "main.tf:5:19-5:22" })]
    [InlineData("dont-fire-narrowed", new string[0])]
    public void Fires_on_any_principal(string fixture, string[] expected) => RuleFixture.Ranges("IAC1144", fixture).ShouldBe(expected);
}
