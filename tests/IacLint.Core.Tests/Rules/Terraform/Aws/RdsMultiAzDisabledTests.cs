namespace IacLint.Tests.Rules;

public class RdsMultiAzDisabledTests
{
    [Theory]
    [InlineData("fire-single-az-via-module", new[] { "main.tf:6:1-6:37", "modules/db/main.tf:7:14-7:26" })]
    [InlineData("dont-fire-multi-az", new string[0])]
    public void Fires_on_single_az_instances(string fixture, string[] expected) => RuleFixture.Ranges("IAC1101", fixture).ShouldBe(expected);
}
