namespace IacLint.Tests.Rules;

public class StoragePublicAccessPreventionOffTests
{
    [Theory]
    [InlineData("fire-not-enforced", new[] { "main.tf:1:1-1:41", "main.tf:9:30-9:41" })]
    [InlineData("dont-fire-enforced", new string[0])]
    public void Fires_when_public_access_prevention_is_not_enforced(string fixture, string[] expected) => RuleFixture.Ranges("IAC3136", fixture).ShouldBe(expected);
}
