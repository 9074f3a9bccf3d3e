namespace IacLint.Tests.Rules;

public class ElastiCacheSecurityGroupNoDescriptionTests
{
    [Theory]
    [InlineData("fire-empty-description", new[] { "main.tf:4:26-4:28" })]
    [InlineData("dont-fire-described-or-default", new string[0])]
    public void Fires_on_an_empty_description(string fixture, string[] expected) => RuleFixture.Ranges("IAC1116", fixture).ShouldBe(expected);
}
