using System.Globalization;
using System.Text.Json;
using IacLint.Configuration;
using IacLint.Drift;
using IacLint.Engine;
using IacLint.Findings;
using IacLint.Rules;
using IacLint.Syntax;

namespace IacLint.Reporting.Sarif;

/// <summary>
/// Turns a SARIF file IacLint wrote back into the <see cref="ScanResult"/> it came from — findings with their
/// rules, related and logical locations, environments, suppressions and baseline states, code excerpts, the scope
/// and the drift comparison — so <c>iaclint report</c> renders any format without scanning again.
/// </summary>
public static class SarifScanResult
{
    /// <summary>The result, or an error saying why the file cannot be used.</summary>
    public static (ScanResult? Result, string? Error) Load(string path)
    {
        SarifLog? log;
        try
        {
            using var stream = File.OpenRead(path);
            log = JsonSerializer.Deserialize(stream, SarifJsonContext.Default.SarifLog);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return (null, e.Message);
        }
        if (log?.Runs is not { Count: > 0 } runs) return (null, "the file has no runs");
        var run = runs[0];
        if (!string.Equals(run.Tool.Driver.Name, ToolInfo.Name, StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"it was written by {run.Tool.Driver.Name}, not by {ToolInfo.Name}");
        }

        var descriptors = (run.Tool.Driver.Rules ?? []).ToDictionary(r => r.Id, ToDescriptor, StringComparer.Ordinal);
        // Paths are relative to the repository root; findings are relative to the audited folder inside it.
        var audited = run.Properties?.IacLintScope?.PathInRepository is { Length: > 0 } inRepository ? inRepository + "/" : "";
        var findings = new List<Finding>();
        var absent = new List<Finding>();
        var snippets = new Dictionary<(string, int), CodeExcerpt>();
        foreach (var sarifResult in run.Results)
        {
            if (!descriptors.TryGetValue(sarifResult.RuleId, out var rule))
            {
                descriptors[sarifResult.RuleId] = rule = RuleRegistry.Find(sarifResult.RuleId)?.Descriptor ?? Unknown(sarifResult.RuleId);
            }
            var finding = ToFinding(rule, sarifResult, audited);
            (finding.BaselineState == BaselineState.Absent ? absent : findings).Add(finding);
            if ((sarifResult.Locations.FirstOrDefault()?.PhysicalLocation?.ContextRegion ?? sarifResult.Properties?.IacLintExcerpt) is { Snippet.Text: { } text } context)
            {
                snippets[(finding.Location.Path, finding.Location.Span.StartLine)] = new CodeExcerpt(context.StartLine, text.Split('\n'));
            }
        }

        var invocation = run.Invocations?.FirstOrDefault();
        var scope = run.Properties?.IacLintScope;
        var drift = run.Properties?.IacLintDrift;
        var root = run.OriginalUriBaseIds?.GetValueOrDefault(SarifWriter.SourceRootId)?.Uri is { } rootUri && Uri.TryCreate(rootUri, UriKind.Absolute, out var uri)
            ? ((uri.IsFile ? uri.LocalPath : rootUri).TrimEnd('/') + "/" + audited).TrimEnd('/')
            : Path.GetDirectoryName(Path.GetFullPath(path))!;
        var result = new ScanResult
        {
            Root = root,
            Config = IacLintConfig.Default,
            Findings = findings,
            AbsentFindings = absent,
            Notifications = (invocation?.ToolExecutionNotifications ?? [])
                .Select(n => new Notification(LevelNames.TryParse(n.Level, out var level) ? level : Level.Note, n.Message.Text)).ToList(),
            Rules = descriptors.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToList(),
            FilesScanned = scope?.FilesScanned ?? findings.Select(f => f.Location.Path).Distinct(StringComparer.Ordinal).Count(),
            HasBaseline = run.Results.Any(r => r.BaselineState is not null),
            StartTime = Time(invocation?.StartTimeUtc),
            EndTime = Time(invocation?.EndTimeUtc),
            Scope = scope is null ? new ScanScope() : new ScanScope
            {
                Git = scope.Commit is null ? null : new GitRevision(scope.Commit, scope.Branch, scope.PathInRepository ?? ""),
                FilesByFamily = scope.FilesByFamily ?? [],
                Environments = scope.Environments ?? [],
                DisabledRules = scope.DisabledRules ?? [],
                ExpectedDrift = scope.ExpectedDrift ?? [],
                ConfigFile = scope.ConfigFile,
                Rules = (scope.RuleCoverage ?? []).Select(r => new RuleCoverage(r.Key, r.Value)).ToList(),
                Areas = (scope.AreaCoverage ?? []).Select(a => new AreaCoverage(a.Area, a.Rules, a.Checked)).ToList(),
            },
            Drift = drift is null ? new DriftResult([], []) : new DriftResult(
                (drift.Differences ?? []).Select(d => ToDifference(d, audited)).OfType<DriftDifference>().ToList(),
                (drift.Pairs ?? []).Select(p => (p.From, p.To)).ToList(),
                scope?.Environments, drift.Compared),
            Excerpts = CodeExcerpts.FromSnippets(snippets),
        };
        return (result, null);
    }

    /// <summary>A finding from a SARIF result, with whatever optional parts the result carries; paths are made
    /// relative to the audited folder by removing its <paramref name="audited"/> prefix.</summary>
    public static Finding ToFinding(RuleDescriptor rule, SarifResult result, string audited) =>
        ToFinding(rule, result, physical => AuditedPath(physical, audited));

    /// <summary>A finding from a SARIF result, with its paths (and its related locations') given by
    /// <paramref name="pathOf"/>: the baseline maps them onto the current audit instead.</summary>
    public static Finding ToFinding(RuleDescriptor rule, SarifResult result, Func<SarifPhysicalLocation?, string> pathOf)
    {
        var primary = result.Locations.FirstOrDefault();
        var logical = primary?.LogicalLocations?.FirstOrDefault() is { FullyQualifiedName: { } name } l ? new LogicalLocation(name, l.Kind ?? "resource") : null;
        var related = result.RelatedLocations?
            .Where(r => r.PhysicalLocation is not null)
            .Select(r => new RelatedLocation(ToLocation(r.PhysicalLocation, pathOf), r.Message?.Text ?? ""))
            .ToList();
        var level = LevelNames.TryParse(result.Level, out var parsed) ? parsed : rule.DefaultLevel;
        return new Finding(rule, level, result.Message.Text, ToLocation(primary?.PhysicalLocation, pathOf), logical, related is { Count: > 0 } ? related : null, result.Properties?.Environment)
        {
            Fingerprint = result.PartialFingerprints?.GetValueOrDefault(Fingerprints.Key) ?? "",
            Suppression = result.Suppressions?.FirstOrDefault() is { } s ? new Suppression(s.Justification ?? "", null, "") : null,
            BaselineState = result.BaselineState switch
            {
                "new" => BaselineState.New,
                "unchanged" or "updated" => BaselineState.Unchanged,
                "absent" => BaselineState.Absent,
                _ => BaselineState.None,
            },
        };
    }

    private static string AuditedPath(SarifPhysicalLocation? physical, string audited)
    {
        var path = Uri.UnescapeDataString(physical?.ArtifactLocation.Uri ?? "");
        return audited.Length > 0 && path.StartsWith(audited, StringComparison.Ordinal) ? path[audited.Length..] : path;
    }

    private static Location ToLocation(SarifPhysicalLocation? physical, string audited) => ToLocation(physical, p => AuditedPath(p, audited));

    private static Location ToLocation(SarifPhysicalLocation? physical, Func<SarifPhysicalLocation?, string> pathOf)
    {
        var path = pathOf(physical);
        var region = physical?.Region;
        var span = region is null
            ? SourceSpan.FileStart
            : new SourceSpan(region.StartLine, region.StartColumn, region.EndLine, region.EndColumn, 0, 0);
        return new Location(path, span);
    }

    /// <summary>The registry's descriptor for a known rule (with the level the SARIF file gives it), else one built
    /// from the SARIF metadata.</summary>
    private static RuleDescriptor ToDescriptor(SarifReportingDescriptor sarif)
    {
        var level = LevelNames.TryParse(sarif.DefaultConfiguration?.Level, out var parsed) ? parsed : Level.Warning;
        if (RuleRegistry.Find(sarif.Id) is { } known) return known.Descriptor with { DefaultLevel = level };
        return Unknown(sarif.Id) with
        {
            Title = sarif.ShortDescription?.Text ?? sarif.Id,
            Description = sarif.FullDescription?.Text ?? "",
            DefaultLevel = level,
            Tags = sarif.Properties?.Tags ?? [],
            Area = (sarif.Properties?.Tags ?? []).Select(t => AuditAreas.TryParse(t, out var area) ? area : (AuditArea?)null).FirstOrDefault(a => a is not null) ?? AuditArea.Config,
            SecuritySeverity = double.TryParse(sarif.Properties?.SecuritySeverity, NumberStyles.Float, CultureInfo.InvariantCulture, out var severity) ? severity : null,
        };
    }

    private static RuleDescriptor Unknown(string id) => new(id, id.ToLowerInvariant(), id, "", "", "", "", Level.Warning, null, [], AuditArea.Config);

    private static DriftDifference? ToDifference(SarifDriftDifference d, string audited)
    {
        if (!Enum.TryParse<DriftKind>(d.Kind, ignoreCase: true, out var kind) || !Enum.TryParse<DriftFamily>(d.Family, ignoreCase: true, out var family)) return null;
        DriftElement? Element(SarifPhysicalLocation? location, string? value) => location is null
            ? null
            : new DriftElement(family, d.Group, d.Key, value, value is null ? DriftValueKind.Presence : DriftValueKind.Value, ToLocation(location, audited), false, d.Key);
        return new DriftDifference(kind, family, d.Group, d.Key, d.From, d.To, Element(d.FromLocation, d.FromValue), Element(d.ToLocation, d.ToValue),
            d.FromValue, d.ToValue, d.Expected, d.Detail ?? "");
    }

    private static DateTimeOffset Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : DateTimeOffset.MinValue;
}
