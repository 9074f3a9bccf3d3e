using IacLint.Engine;
using IacLint.Findings;

namespace IacLint.Tests.Engine;

/// <summary>Regression tests for the fuzzer's blow-ups and silent gaps: each bound is reached quickly and said
/// once, at a position; nothing is skipped without a word.</summary>
public class SilentGapTests
{
    private static IReadOnlyList<Finding> Scan(TempFolder folder) => Scanner.Scan(new ScanOptions { Root = folder.Path }).Findings;

    [Fact]
    public void A_huge_count_is_cut_to_the_bound_with_a_note_at_the_count()
    {
        using var folder = new TempFolder();
        folder.Write("main.tf", "resource \"aws_ebs_volume\" \"v\" {\n  count     = 100000000\n  encrypted = true\n}\n");
        var note = Scan(folder).Single(f => f.Rule.Id == "IAC0005");
        note.Message.ShouldStartWith("count = 100000000, more than the 1000 instances");
        (note.Location.Span.StartLine, note.Location.Span.StartColumn).ShouldBe((2, 15));
    }

    [Fact]
    public void Exponential_module_fan_out_is_bounded_in_total_work_and_noted_once()
    {
        using var folder = new TempFolder();
        for (var i = 0; i <= 16; i++)
        {
            var body = "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = true\n}\n";
            if (i < 16) body += $"module \"a\" {{\n  source = \"../m{i + 1}\"\n}}\nmodule \"b\" {{\n  source = \"../m{i + 1}\"\n}}\n";
            folder.Write($"m{i}/main.tf", body);
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var findings = Scan(folder);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
        findings.Count(f => f.Message.Contains("module instances, the most IacLint evaluates", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void A_large_repository_of_ordinary_roots_is_audited_whole()
    {
        // 300 roots × 8 instances of a shared module: more than 2,000 module instances, a few per module folder.
        using var folder = new TempFolder();
        folder.Write("modules/disk/main.tf", "resource \"aws_ebs_volume\" \"v\" {\n  availability_zone = \"eu-west-1a\"\n  size = 1\n}\n");
        for (var r = 0; r < 300; r++) folder.Write($"envs/r{r:000}/main.tf", "module \"disk\" {\n  source = \"../../modules/disk\"\n  count  = 8\n}\n");
        var result = Scanner.Scan(new ScanOptions { Root = folder.Path });
        result.Findings.ShouldNotContain(f => f.Message.Contains("module instances, the most IacLint evaluates", StringComparison.Ordinal));
        result.Scope.Rules.Single(r => r.RuleId == "IAC1005").Checked.ShouldBe(300 * 8);
    }

    [Fact]
    public void A_megabyte_line_of_backslashes_gives_a_bounded_report()
    {
        using var folder = new TempFolder();
        folder.Write("main.tf", new string('\\', 1_000_000) + "\n");
        var findings = Scan(folder);
        findings.Count.ShouldBeLessThanOrEqualTo(Scanner.MaxFindingsPerFile + 1);
        findings.ShouldContain(f => f.Message.StartsWith("This file has more findings than the 1,000", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_kustomizations_using_each_other_are_a_positioned_note()
    {
        using var folder = new TempFolder();
        folder.Write("a/kustomization.yaml", "resources:\n  - ../b\n");
        folder.Write("b/kustomization.yaml", "resources:\n  - ../a\n");
        Scan(folder).ShouldContain(f => f.Rule.Id == "IAC0005" && f.Message.Contains("(a cycle)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_json_manifest_nested_ten_thousand_deep_is_reported_not_skipped()
    {
        using var folder = new TempFolder();
        folder.Write("cm.json", "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"x\"},\"data\":" + new string('[', 10_000) + new string(']', 10_000) + "}");
        var finding = Scan(folder).ShouldHaveSingleItem();
        finding.Rule.Id.ShouldBe("IAC0001");
        finding.Message.ShouldContain("nesting depth");
    }

    [Fact]
    public void A_nul_in_a_kustomize_resource_path_is_a_note_not_a_crash()
    {
        using var folder = new TempFolder();
        folder.Write("overlays/production/kustomization.yaml", "resources:\n  - \"pod\\0.yaml\"\n");
        var findings = Scan(folder);
        findings.ShouldNotContain(f => f.Rule.Id == "IAC0006");
        findings.ShouldContain(f => f.Rule.Id == "IAC0005" && f.Location.Path == "overlays/production/kustomization.yaml");
    }

    /// <summary>The 100,000-input fuzz run's one hang: a bucket with 3,457 repeated <c>count = 100000000</c> lines
    /// took over two minutes (every attribute lookup scanned the whole body, for each of 1,000 instances).</summary>
    [Fact]
    public void Thousands_of_repeated_attributes_on_an_expanded_resource_finish_quickly()
    {
        using var folder = new TempFolder();
        folder.Write("main.tf", "resource \"aws_s3_bucket\" \"data\" {\n" + string.Concat(Enumerable.Repeat("count = 100000000\n", 3457)) + "  bucket = \"example-data\"\n}\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var findings = Scan(folder);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
        findings.ShouldContain(f => f.Rule.Id == "IAC0001" && f.Message.StartsWith("Attribute redefined", StringComparison.Ordinal));
        findings.ShouldContain(f => f.Rule.Id == "IAC1012");
    }
}
