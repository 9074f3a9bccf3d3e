namespace IacLint.Tests.Rules;

public class Ec2InstanceImdsV1Tests
{
    [Theory]
    [InlineData("fire-optional-tokens-via-module", new[] { "main.tf:6:1-6:32", "modules/web/main.tf:9:19-9:29" })]
    [InlineData("fire-note-unknown-tokens", new[] { "main.tf:9:19-9:29" })]
    [InlineData("dont-fire-required-or-disabled", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1039", fixture).ShouldBe(expected);

    [Fact]
    public void A_value_known_only_at_apply_is_a_note_not_a_pass_or_an_error()
    {
        var finding = RuleFixture.Scan("IAC1039", "fire-note-unknown-tokens").ShouldHaveSingleItem();
        finding.Level.ShouldBe(IacLint.Findings.Level.Note);
        finding.Message.ShouldContain("metadata_options.http_tokens");
    }
}
