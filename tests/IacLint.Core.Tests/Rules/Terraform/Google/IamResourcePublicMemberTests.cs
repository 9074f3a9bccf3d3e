namespace IacLint.Tests.Rules;

public class IamResourcePublicMemberTests
{
    [Theory]
    [InlineData("fire-public-secret-and-key", new[] { "main.tf:9:15-9:33", "main.tf:15:19-15:29" })]
    [InlineData("dont-fire-named-or-cloud-run", new string[0])]
    public void Fires_on_sensitive_resources_granted_to_everyone(string fixture, string[] expected) => RuleFixture.Ranges("IAC3196", fixture).ShouldBe(expected);
}
