namespace IacLint.Tests.Rules;

public class ComputeShieldedVmVtpmDisabledTests
{
    [Theory]
    [InlineData("fire-vtpm-off", new[] { "main.tf:5:19-5:24" })]
    [InlineData("dont-fire-vtpm-default", new string[0])]
    public void Fires_when_vtpm_is_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC3184", fixture).ShouldBe(expected);
}
