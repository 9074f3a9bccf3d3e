namespace IacLint.Tests.Rules;

public class GkeNodeAutoRepairDisabledTests
{
    [Theory]
    [InlineData("fire-auto-repair-off", new[] { "main.tf:5:19-5:35" })]
    [InlineData("dont-fire-auto-repair-on", new string[0])]
    public void Fires_when_auto_repair_is_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC3167", fixture).ShouldBe(expected);
}
