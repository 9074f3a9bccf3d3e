namespace IacLint.Tests.Rules;

public class DnsDnssecDisabledTests
{
    [Theory]
    [InlineData("fire-unsigned-zones", new[] { "main.tf:1:1-1:42", "main.tf:10:13-10:18" })]
    [InlineData("dont-fire-signed-or-private", new string[0])]
    public void Fires_on_unsigned_public_zones(string fixture, string[] expected) => RuleFixture.Ranges("IAC3193", fixture).ShouldBe(expected);
}
