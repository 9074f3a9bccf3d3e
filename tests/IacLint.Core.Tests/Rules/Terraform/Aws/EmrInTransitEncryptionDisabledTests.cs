namespace IacLint.Tests.Rules;

public class EmrInTransitEncryptionDisabledTests
{
    [Theory]
    [InlineData("fire-in-transit-off", new[] { "main.tf:3:19-8:5", "main.tf:13:19-13:94" })]
    [InlineData("dont-fire-in-transit-on", new string[0])]
    public void Fires_without_in_transit_encryption(string fixture, string[] expected) => RuleFixture.Ranges("IAC1135", fixture).ShouldBe(expected);
}
