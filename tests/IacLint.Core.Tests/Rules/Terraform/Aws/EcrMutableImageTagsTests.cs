namespace IacLint.Tests.Rules;

public class EcrMutableImageTagsTests
{
    [Theory]
    [InlineData("fire-mutable", new[] { "main.tf:1:1-1:36", "main.tf:7:26-7:40" })]
    [InlineData("dont-fire-immutable", new string[0])]
    public void Fires_on_mutable_tags(string fixture, string[] expected) => RuleFixture.Ranges("IAC1122", fixture).ShouldBe(expected);
}
