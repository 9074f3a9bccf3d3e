namespace IacLint.Tests.Rules;

public class IamPublicMemberTests
{
    [Theory]
    [InlineData("fire-everyone-on-project", new[] { "main.tf:4:13-4:23", "main.tf:10:13-10:65" })]
    [InlineData("dont-fire-named-members", new string[0])]
    public void Fires_on_roles_granted_to_everyone(string fixture, string[] expected) => RuleFixture.Ranges("IAC3140", fixture).ShouldBe(expected);
}
