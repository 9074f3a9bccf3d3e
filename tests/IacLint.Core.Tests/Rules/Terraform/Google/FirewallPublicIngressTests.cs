namespace IacLint.Tests.Rules;

public class FirewallPublicIngressTests
{
    [Theory]
    [InlineData("fire-public-web-and-default-source", new[] { "main.tf:4:19-4:46", "main.tf:11:1-11:42" })]
    [InlineData("fire-unknown-source-is-a-note", new[] { "main.tf:9:19-9:67" })]
    [InlineData("dont-fire-internal-sources", new string[0])]
    public void Fires_on_ingress_from_the_internet(string fixture, string[] expected) => RuleFixture.Ranges("IAC3102", fixture).ShouldBe(expected);

    [Fact]
    public void A_source_known_only_after_apply_is_a_note_saying_why()
    {
        var finding = RuleFixture.Scan("IAC3102", "fire-unknown-source-is-a-note").ShouldHaveSingleItem();
        finding.Level.ShouldBe(IacLint.Findings.Level.Note);
        finding.Message.ShouldContain("google_compute_address.partner.address is known only after apply");
    }
}
