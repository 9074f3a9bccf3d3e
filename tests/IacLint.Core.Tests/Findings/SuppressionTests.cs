using IacLint.Engine;
using IacLint.Findings;

namespace IacLint.Tests.Findings;

public class SuppressionTests
{
    [Theory]
    [InlineData(" iaclint-ignore IAC5001: kept for the demo", "IAC5001", "kept for the demo", null, null)]
    [InlineData("iaclint-ignore IAC5001,plaintext-secret: why until 2027-01-31", "IAC5001|plaintext-secret", "why", "2027-01-31", null)]
    [InlineData("iaclint-ignore IAC5001", "IAC5001", null, null, "gives no reason")]
    [InlineData("iaclint-ignore IAC5001:   ", "IAC5001", null, null, "gives no reason")]
    [InlineData("iaclint-ignore : reason", "", null, null, "names no rule")]
    [InlineData("iaclint-ignore IAC5001: why until someday", "IAC5001", "why until someday", null, "not a date")]
    public void Parses_directives(string text, string rules, string? reason, string? expires, string? problem)
    {
        var parsed = SuppressionDirective.Parse(text).ShouldNotBeNull();
        string.Join("|", parsed.RuleRefs).ShouldBe(rules);
        parsed.Reason.ShouldBe(reason);
        parsed.Expires?.ToString("yyyy-MM-dd").ShouldBe(expires);
        if (problem is null) parsed.Problem.ShouldBeNull();
        else parsed.Problem.ShouldNotBeNull().ShouldContain(problem);
    }

    [Theory]
    [InlineData("a plain comment")]
    [InlineData("iaclint-ignored IAC5001: x")]
    public void Other_comments_are_not_directives(string text) => SuppressionDirective.Parse(text).ShouldBeNull();

    [Fact]
    public void A_comment_above_a_section_covers_the_whole_section_and_a_trailing_comment_its_line()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", """
            {
              // iaclint-ignore IAC5001: demo credentials for the local emulator
              "ConnectionStrings": {
                "A": "Server=x;Password=one",
                "B": "Server=x;Password=two"
              },
              "Other": { "ApiKey": "three" }, // iaclint-ignore IAC5001: trailing covers this line
              "Last": { "Token": "four" }
            }
            """);
        var result = Scanner.Scan(new ScanOptions { Root = temp.Path });
        var secrets = result.Findings.Where(f => f.Rule.Id == "IAC5001").ToList();
        secrets.Select(f => (f.Location.Span.StartLine, f.IsSuppressed)).ShouldBe([(4, true), (5, true), (7, true), (8, false)]);
        secrets[0].Suppression!.Justification.ShouldBe("demo credentials for the local emulator");
        secrets[0].Suppression!.Source.ShouldBe("appsettings.json:2");
        result.Failing(Level.Error).ShouldHaveSingleItem().Location.Span.StartLine.ShouldBe(8);
    }

    [Fact]
    public void An_expired_suppression_lets_the_finding_return_with_a_note()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", "{\n  // iaclint-ignore IAC5004: ingress filters until 2026-01-31\n  \"AllowedHosts\": \"*\"\n}\n");
        var before = Scanner.Scan(new ScanOptions { Root = temp.Path, Today = new DateOnly(2026, 1, 31) });
        before.Findings.ShouldHaveSingleItem().IsSuppressed.ShouldBeTrue();
        var after = Scanner.Scan(new ScanOptions { Root = temp.Path, Today = new DateOnly(2026, 2, 1) });
        after.Findings.Select(f => (f.Rule.Id, f.IsSuppressed)).ShouldBe([("IAC0004", false), ("IAC5004", false)]);
    }
}

public class FingerprintTests
{
    [Fact]
    public void Fingerprints_survive_inserted_lines_and_differ_between_findings()
    {
        using var temp = new TempFolder();
        const string Body = "\"Logging\": { \"LogLevel\": { \"Default\": \"Debug\" } },\n\"AllowedHosts\": \"*\"\n}\n";
        temp.Write("appsettings.json", "{\n" + Body);
        var first = Scanner.Scan(new ScanOptions { Root = temp.Path }).Findings;
        temp.Write("appsettings.json", "{\n\"Inserted\": 1,\n\"More\": { \"X\": 2 },\n" + Body);
        var second = Scanner.Scan(new ScanOptions { Root = temp.Path }).Findings;

        first.Count.ShouldBe(2);
        second.Select(f => f.Location.Span.StartLine).ShouldNotBe(first.Select(f => f.Location.Span.StartLine));
        second.Select(f => f.Fingerprint).ShouldBe(first.Select(f => f.Fingerprint));
        first.Select(f => f.Fingerprint).Distinct().Count().ShouldBe(2);
    }
}
