using System.Text;
using IacLint.Engine;
using IacLint.Reporting.Sarif;

namespace IacLint.Tests.Engine;

/// <summary>
/// The SARIF results of the test data repositories, compared line by line with the snapshots in testdata/snapshots:
/// work on speed (parallel families, indexes, the native build) must not change a single finding, range, message or
/// fingerprint. A deliberate change of findings updates them: <c>IACLINT_UPDATE_SNAPSHOTS=1 dotnet test</c>, then
/// review the diff.
/// </summary>
public class FindingsSnapshotTests
{
    public static TheoryData<string> Trees => new()
    {
        "repos/platform", "repos/robust", "repos/terragrunt-live", "repos/webshop", "k8s", "terragrunt", "hcl",
    };

    [Theory]
    [MemberData(nameof(Trees))]
    public void Sarif_results_match_the_snapshot(string tree)
    {
        var result = Scanner.Scan(new ScanOptions { Root = Path.Combine(TestPaths.TestData, tree), Today = new DateOnly(2026, 11, 27) });
        var actual = Describe(SarifWriter.Build(result));
        var snapshot = Path.Combine(TestPaths.TestData, "snapshots", tree.Replace('/', '-') + ".txt");
        if (Environment.GetEnvironmentVariable("IACLINT_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(snapshot)!);
            File.WriteAllText(snapshot, actual);
        }
        File.Exists(snapshot).ShouldBeTrue($"{snapshot} is missing: run the tests once with IACLINT_UPDATE_SNAPSHOTS=1");
        var expected = File.ReadAllText(snapshot).Replace("\r\n", "\n");
        if (actual == expected) return;
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
        Assert.Fail($"SARIF results of testdata/{tree} differ from {Path.GetFileName(snapshot)} at line {first + 1}:\n" +
                    $"  expected: {expectedLines.ElementAtOrDefault(first) ?? "(end)"}\n  actual:   {actualLines.ElementAtOrDefault(first) ?? "(end)"}");
    }

    /// <summary>Every result as text: rule, level, range, fingerprints, suppression and baseline state, logical
    /// locations, message and related locations. Timestamps and the tool's version are left out.</summary>
    private static string Describe(SarifLog log)
    {
        var text = new StringBuilder();
        foreach (var result in log.Runs[0].Results)
        {
            var location = result.Locations[0];
            text.Append(result.RuleId).Append(' ').Append(result.Level).Append(' ').Append(Place(location.PhysicalLocation));
            foreach (var (name, value) in result.PartialFingerprints ?? []) text.Append(' ').Append(name).Append('=').Append(value);
            if (result.Suppressions is { Count: > 0 }) text.Append(" suppressed");
            if (result.BaselineState is { } state) text.Append(" baseline=").Append(state);
            foreach (var logical in location.LogicalLocations ?? []) text.Append(" @").Append(logical.FullyQualifiedName).Append('(').Append(logical.Kind).Append(')');
            text.Append('\n').Append("    ").Append(result.Message.Text?.Replace("\n", "\\n")).Append('\n');
            foreach (var related in result.RelatedLocations ?? [])
            {
                text.Append("    related ").Append(Place(related.PhysicalLocation)).Append(' ').Append(related.Message?.Text?.Replace("\n", "\\n")).Append('\n');
            }
        }
        return text.ToString();
    }

    private static string Place(SarifPhysicalLocation? location) => location?.Region is { } r
        ? $"{location.ArtifactLocation.Uri}:{r.StartLine}:{r.StartColumn}-{r.EndLine}:{r.EndColumn}"
        : location?.ArtifactLocation.Uri ?? "(no location)";
}
