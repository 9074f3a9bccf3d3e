namespace IacLint.Tests.Rules;

public class AksRbacDisabledTests
{
    [Theory]
    [InlineData("dont-fire-default-rbac", new string[0])]
    [InlineData("dont-fire-hardened-cluster", new string[0])]
    [InlineData("fire-rbac-off", new[] { "main.tf:11:39-11:47", "main.tf:27:15-27:20" })]
    public void Fires_when_rbac_is_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC2042", fixture).ShouldBe(expected);
}
