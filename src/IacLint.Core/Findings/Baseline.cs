using IacLint.Reporting.Sarif;
using IacLint.Rules;

namespace IacLint.Findings;

/// <summary>
/// The findings of an earlier SARIF log, by fingerprint: with it, each current finding is new or unchanged, and the
/// earlier findings no longer present are absent. Only new findings count towards <c>--fail-on</c>.
/// </summary>
public sealed class Baseline
{
    private readonly Dictionary<string, Finding> _byFingerprint;

    private Baseline(Dictionary<string, Finding> byFingerprint) => _byFingerprint = byFingerprint;

    public int Count => _byFingerprint.Count;

    /// <summary>Reads a SARIF file written by IacLint; an error message instead when it cannot be used. Paths of
    /// its findings are made relative to <paramref name="root"/>, the audited folder (SARIF's are relative to the
    /// repository root).</summary>
    public static (Baseline? Baseline, string? Error) Load(string path, string? root = null)
    {
        var (log, error) = SarifReader.Read(path);
        if (log is null) return (null, $"Baseline '{path}' could not be read as SARIF: {error}");
        var findings = new Dictionary<string, Finding>(StringComparer.Ordinal);
        foreach (var run in log.Runs)
        {
            foreach (var result in run.Results)
            {
                if (result.BaselineState == "absent") continue;
                if (result.PartialFingerprints?.GetValueOrDefault(Fingerprints.Key) is not { } fingerprint) continue;
                if (RuleRegistry.Find(result.RuleId) is not { } rule) continue;
                findings[fingerprint] = SarifScanResult.ToFinding(rule.Descriptor, result, physical => PathUnder(run, physical, root));
            }
        }
        return (new Baseline(findings), null);
    }

    /// <summary>Marks each finding new or unchanged, and returns the baseline's findings that are gone.</summary>
    public (IReadOnlyList<Finding> Current, IReadOnlyList<Finding> Absent) Compare(IReadOnlyList<Finding> findings)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        var current = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            var known = _byFingerprint.ContainsKey(finding.Fingerprint);
            if (known) present.Add(finding.Fingerprint);
            current.Add(finding with { BaselineState = known ? BaselineState.Unchanged : BaselineState.New });
        }
        var absent = _byFingerprint.Where(pair => !present.Contains(pair.Key))
            .OrderBy(pair => pair.Value.Location.Path, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value.Location.Span.StartLine)
            .Select(pair => pair.Value with { BaselineState = BaselineState.Absent })
            .ToList();
        return (current, absent);
    }

    /// <summary>The path of a baseline result relative to the current audit's <paramref name="root"/> (SARIF's are
    /// relative to the repository root); as written when there is no root or the file lies outside it.</summary>
    private static string PathUnder(SarifRun run, SarifPhysicalLocation? physical, string? root)
    {
        var path = Uri.UnescapeDataString(physical?.ArtifactLocation.Uri ?? "");
        if (root is null) return path;
        var full = Path.GetFullPath(root);
        var relative = Path.GetRelativePath(full, SourceRoot.LocalPath(run, physical?.ArtifactLocation.Uri, full)).Replace('\\', '/');
        return !relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative) ? relative : path;
    }
}
