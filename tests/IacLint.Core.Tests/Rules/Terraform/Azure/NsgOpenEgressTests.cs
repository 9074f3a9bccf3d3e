namespace IacLint.Tests.Rules;

public class NsgOpenEgressTests
{
    [Theory]
    [InlineData("dont-fire-service-tag", new string[0])]
    [InlineData("fire-egress-any", new[] { "main.tf:14:33-14:55" })]
    public void Fires_on_outbound_rules_open_to_the_internet(string fixture, string[] expected) => RuleFixture.Ranges("IAC2006", fixture).ShouldBe(expected);

    [Fact]
    public void Relates_the_tfvars_line_that_opened_egress() =>
        RuleFixture.Scan("IAC2006", "fire-egress-any").ShouldHaveSingleItem().RelatedLocations.ShouldHaveSingleItem().Location.Path.ShouldBe("terraform.tfvars");
}
