namespace IacLint.Tests.Rules;

public class WorkloadIdentityProviderWithoutConditionTests
{
    [Theory]
    [InlineData("fire-no-condition", new[] { "main.tf:1:1-1:63", "main.tf:12:40-12:42" })]
    [InlineData("dont-fire-conditioned", new string[0])]
    public void Fires_without_an_attribute_condition(string fixture, string[] expected) => RuleFixture.Ranges("IAC3148", fixture).ShouldBe(expected);
}
