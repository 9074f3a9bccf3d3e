namespace IacLint.Tests.Rules;

public class SecurityCenterFreeTierTests
{
    [Theory]
    [InlineData("dont-fire-standard", new string[0])]
    [InlineData("fire-free-tier", new[] { "main.tf:3:19-3:29" })]
    public void Fires_on_free_tier_plans(string fixture, string[] expected) => RuleFixture.Ranges("IAC2068", fixture).ShouldBe(expected);
}
