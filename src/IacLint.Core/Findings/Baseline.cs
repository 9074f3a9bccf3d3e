using System.Text.Json;
using IacLint.Rules;
using IacLint.Syntax;

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

    /// <summary>Reads a SARIF file written by IacLint; an error message instead when it cannot be used.</summary>
    public static (Baseline? Baseline, string? Error) Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 128 });
            var findings = new Dictionary<string, Finding>(StringComparer.Ordinal);
            foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (!run.TryGetProperty("results", out var results)) continue;
                foreach (var result in results.EnumerateArray())
                {
                    if (result.TryGetProperty("baselineState", out var state) && state.GetString() == "absent") continue;
                    if (!result.TryGetProperty("partialFingerprints", out var prints) ||
                        !prints.TryGetProperty(Fingerprints.Key, out var print) || print.GetString() is not { } fingerprint) continue;
                    var ruleId = result.TryGetProperty("ruleId", out var id) ? id.GetString() : null;
                    if (ruleId is null || RuleRegistry.Find(ruleId) is not { } rule) continue;
                    findings[fingerprint] = ToFinding(rule, result) with { Fingerprint = fingerprint };
                }
            }
            return (new Baseline(findings), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (null, $"Baseline '{path}' could not be read as SARIF: {e.Message}");
        }
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

    private static Finding ToFinding(IRule rule, JsonElement result)
    {
        var message = result.TryGetProperty("message", out var m) && m.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
        var path = "";
        var span = SourceSpan.FileStart;
        if (result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0 &&
            locations[0].TryGetProperty("physicalLocation", out var physical))
        {
            if (physical.TryGetProperty("artifactLocation", out var artifact) && artifact.TryGetProperty("uri", out var uri))
            {
                path = Uri.UnescapeDataString(uri.GetString() ?? "");
            }
            if (physical.TryGetProperty("region", out var region))
            {
                int Get(string name, int fallback) => region.TryGetProperty(name, out var v) && v.TryGetInt32(out var i) ? i : fallback;
                var startLine = Get("startLine", 1);
                var startColumn = Get("startColumn", 1);
                span = new SourceSpan(startLine, startColumn, Get("endLine", startLine), Get("endColumn", startColumn), 0, 0);
            }
        }
        var level = result.TryGetProperty("level", out var l) && LevelNames.TryParse(l.GetString(), out var parsed) ? parsed : rule.Descriptor.DefaultLevel;
        return new Finding(rule.Descriptor, level, message, new Location(path, span));
    }
}
