namespace IacLint.Tests.Rules;

public class KeyVaultSoftDeleteDisabledTests
{
    [Theory]
    [InlineData("dont-fire-default", new string[0])]
    [InlineData("fire-soft-delete-off", new[] { "main.tf:7:25-7:30" })]
    public void Fires_when_soft_delete_is_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC2021", fixture).ShouldBe(expected);
}
