namespace IacLint.Tests.Rules;

public class SqsPolicyAnyPrincipalTests
{
    [Theory]
    [InlineData("fire-note-principal-unknown", new[] { "main.tf:7:12-15:5" })]
    [InlineData("fire-open-queue", new[] { "main.tf:7:12-15:5" })]
    [InlineData("dont-fire-source-condition", new string[0])]
    public void Fires_on_queue_policies_open_to_anyone(string fixture, string[] expected) => RuleFixture.Ranges("IAC1172", fixture).ShouldBe(expected);

    [Fact]
    public void An_unknown_principal_is_a_note_not_a_pass() =>
        RuleFixture.Scan("IAC1172", "fire-note-principal-unknown").ShouldHaveSingleItem().Level.ShouldBe(IacLint.Findings.Level.Note);
}
