namespace IacLint.Tests.Rules;

public class GkeLegacyAbacEnabledTests
{
    [Theory]
    [InlineData("fire-legacy-abac", new[] { "main.tf:9:24-9:32" })]
    [InlineData("dont-fire-rbac", new string[0])]
    public void Fires_when_legacy_abac_is_on(string fixture, string[] expected) => RuleFixture.Ranges("IAC3155", fixture).ShouldBe(expected);
}
