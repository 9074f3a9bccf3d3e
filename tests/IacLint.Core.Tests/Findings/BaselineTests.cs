using IacLint.Engine;
using IacLint.Findings;
using IacLint.Reporting;
using IacLint.Reporting.Sarif;

namespace IacLint.Tests.Findings;

public class BaselineTests
{
    [Fact]
    public void A_fixed_finding_comes_back_from_the_baseline_as_it_was_reported()
    {
        using var temp = new TempFolder();
        temp.Write("app/appsettings.json", "{\n  \"Db\": { \"Password\": \"one\" },\n  \"Mq\": { \"Password\": \"two\" }\n}\n");
        var audited = Path.Combine(temp.Path, "app");
        var before = Scanner.Scan(new ScanOptions { Root = audited });
        var fixedOne = before.Findings.Single(f => f.Message.Contains("Db:Password", StringComparison.Ordinal));
        var baseline = Path.Combine(temp.Path, "baseline.sarif");
        using (var output = new StreamWriter(baseline)) new SarifWriter().Write(before, output, new WriterOptions());

        temp.Write("app/appsettings.json", "{\n  \"Mq\": { \"Password\": \"two\" }\n}\n");
        var after = Scanner.Scan(new ScanOptions { Root = audited, BaselinePath = baseline });

        after.Findings.Select(f => f.BaselineState).ShouldBe([BaselineState.Unchanged]);
        var absent = after.AbsentFindings.ShouldHaveSingleItem();
        absent.BaselineState.ShouldBe(BaselineState.Absent);
        absent.Fingerprint.ShouldBe(fixedOne.Fingerprint);
        absent.Location.ShouldBe(fixedOne.Location with { Span = fixedOne.Location.Span with { StartOffset = 0, EndOffset = 0 } });
        absent.Level.ShouldBe(fixedOne.Level);
        absent.Message.ShouldBe(fixedOne.Message);
    }
}
