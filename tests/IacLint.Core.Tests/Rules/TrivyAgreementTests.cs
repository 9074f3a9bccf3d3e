using System.Text.Json;
using IacLint.Engine;
using IacLint.Findings;
using IacLint.Rules;
using Xunit.Abstractions;

namespace IacLint.Tests.Rules;

/// <summary>
/// Scores the rules against Trivy's own good/bad examples (testdata/trivy-examples, Apache-2.0), through each rule's
/// equivalentIds (<c>trivy:AVD-AWS-0086</c> or <c>tfsec:aws-s3-block-public-acls</c>), scoring as
/// ../shared/tools/trivy-agree does: a bad example is caught by an error or warning of a mapped rule in its folder,
/// a good example is wrongly flagged by one; notes alone are "unsure". Every disagreement must be listed, with its
/// reason, in a <c>known-differences*.txt</c> file of the provider's folder.
/// </summary>
public class TrivyAgreementTests(ITestOutputHelper output)
{
    private static readonly string Root = Path.Combine(TestPaths.TestData, "trivy-examples");

    private static readonly Lazy<Agreement> Result = new(Measure);

    [Fact]
    public void Disagreements_with_trivy_examples_are_exactly_the_documented_ones()
    {
        var result = Result.Value;
        output.WriteLine(result.Summary);
        var documented = Directory.GetFiles(Root, "known-differences*.txt", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l =>
            {
                var parts = l.Split(" # ", 2);
                (parts.Length == 2 && parts[1].Trim().Length > 0).ShouldBeTrue($"known difference without a reason: {l}");
                return parts[0].Trim();
            })
            .ToList();
        result.Disagreements.Except(documented).ShouldBeEmpty($"{result.Summary}; undocumented disagreements");
        documented.Except(result.Disagreements).ShouldBeEmpty($"{result.Summary}; documented differences that no longer happen");
    }

    private sealed record Check(string Folder, IReadOnlyList<string> Names);

    private sealed record Agreement(IReadOnlyList<string> Disagreements, string Summary);

    private static List<Check> Checks() =>
        Directory.GetFiles(Root, "check.json", SearchOption.AllDirectories)
            .Select(path =>
            {
                using var json = JsonDocument.Parse(File.ReadAllText(path));
                var r = json.RootElement;
                var names = new[] { r.GetProperty("id").GetString(), r.GetProperty("avd_id").GetString(), r.GetProperty("long_id").GetString() }
                    .Concat(r.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()))
                    .Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).ToList();
                return new Check(Path.GetRelativePath(Root, Path.GetDirectoryName(path)!).Replace('\\', '/'), names);
            })
            .OrderBy(c => c.Folder, StringComparer.Ordinal)
            .ToList();

    private static Agreement Measure()
    {
        var findings = Scanner.Scan(new ScanOptions { Root = Root, Today = RuleFixture.Today }).Findings.Where(f => !f.IsSuppressed).ToList();
        var levelsByRuleAndFolder = findings
            .GroupBy(f => (f.Rule.Id, Folder: Path.GetDirectoryName(f.Location.Path)!.Replace('\\', '/')))
            .ToDictionary(g => g.Key, g => g.Select(f => f.Level).ToList());

        int caught = 0, missed = 0, wrong = 0, unsure = 0, mappedChecks = 0;
        var disagreements = new List<string>();
        foreach (var check in Checks())
        {
            var rules = RuleRegistry.All
                .Where(r => r.Descriptor.Equivalents.Any(id =>
                    (id.StartsWith("trivy:", StringComparison.Ordinal) || id.StartsWith("tfsec:", StringComparison.Ordinal)) &&
                    check.Names.Contains(id[(id.IndexOf(':') + 1)..])))
                .Select(r => r.Descriptor.Id).ToList();
            if (rules.Count == 0) continue;
            mappedChecks++;
            foreach (var example in Directory.GetDirectories(Path.Combine(Root, check.Folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal))
            {
                var folder = check.Folder + "/" + example;
                var levels = rules.SelectMany(rule => levelsByRuleAndFolder.GetValueOrDefault((rule, folder)) ?? []).ToList();
                var firm = levels.Any(l => l is Level.Error or Level.Warning);
                if (example!.StartsWith("bad", StringComparison.Ordinal))
                {
                    if (firm) caught++;
                    else if (levels.Count > 0) { unsure++; disagreements.Add($"trivy:{folder} unsure"); }
                    else { missed++; disagreements.Add($"trivy:{folder} missed"); }
                }
                else if (firm) { wrong++; disagreements.Add($"trivy:{folder} extra"); }
                else if (levels.Count > 0) { unsure++; disagreements.Add($"trivy:{folder} unsure"); }
            }
        }
        var precision = caught / (double)Math.Max(1, caught + wrong);
        var recall = caught / (double)Math.Max(1, caught + missed);
        var summary = FormattableString.Invariant(
            $"trivy agreement: precision {precision:0.000} recall {recall:0.000} over {mappedChecks} checks ({caught} caught, {missed} missed, {wrong} false, {unsure} unsure)");
        File.WriteAllLines(Path.Combine(Path.GetTempPath(), "iaclint-trivy-agreement.txt"), disagreements.Prepend(summary));
        return new Agreement(disagreements, summary);
    }
}
