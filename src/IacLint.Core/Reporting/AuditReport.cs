using IacLint.Drift;
using IacLint.Engine;
using IacLint.Findings;
using IacLint.Rules;

namespace IacLint.Reporting;

/// <summary>One finding as the audit reports show it.</summary>
/// <param name="Environment">The environment column: the finding's environment when it is one of the environments
/// found (or a standard name), else <see cref="AuditReport.Shared"/> (no environment, or a root module folder).</param>
public sealed record ReportFinding(Finding Finding, string Area, string Family, CodeExcerpt? Excerpt, string Environment = AuditReport.Shared)
{
    public string Level => Finding.Level.ToName();

    public string Message => MessageText.Plain(Finding.Message);

    public string Where => $"{Finding.Location.Path}:{Finding.Location.Span.StartLine}";
}

/// <summary>Counts of one audit area: findings by level, and what its rules examined.</summary>
public sealed record AreaSummary(string Area, int Errors, int Warnings, int Notes, int Rules, int Checked)
{
    public int Total => Errors + Warnings + Notes;

    /// <summary>"not checked" only when no rule of the area ran; "checked, clean" only when they examined something.</summary>
    public string Status => Total > 0 ? $"{Total} finding{(Total == 1 ? "" : "s")}"
        : Rules == 0 ? "not checked"
        : Checked == 0 ? "nothing of this kind found to check"
        : "checked, clean";
}

/// <summary>One row of the environment matrix: a family and component, with unsuppressed findings per environment.</summary>
public sealed record EnvironmentRow(string Family, string Component, IReadOnlyDictionary<string, int> Counts);

/// <summary>
/// The one view of a result both audit reports (HTML and Markdown) render: scope, summary per level and area,
/// environment matrix, drift, findings in report order (level, area, location), and change since the baseline.
/// Built once from a <see cref="ScanResult"/>, whether it comes from a scan or from a SARIF file.
/// </summary>
public sealed class AuditReport
{
    /// <summary>The column of findings that belong to no particular environment.</summary>
    public const string Shared = "no environment";

    private static readonly string[] StandardEnvironments = ["development", "test", "staging", "production"];

    public required ScanResult Result { get; init; }
    public required ReportSummary Summary { get; init; }
    public required IReadOnlyList<ReportFinding> Findings { get; init; }
    public required IReadOnlyList<AreaSummary> Areas { get; init; }
    public required IReadOnlyList<string> EnvironmentColumns { get; init; }
    public required IReadOnlyList<EnvironmentRow> EnvironmentRows { get; init; }
    public required IReadOnlyList<DriftDifference> Drift { get; init; }

    /// <summary>What was not audited and why, one line each.</summary>
    public required IReadOnlyList<string> NotAudited { get; init; }

    public required IReadOnlyList<ReportFinding> Fixed { get; init; }

    public static AuditReport Build(ScanResult result, CodeExcerpts? excerpts = null)
    {
        excerpts ??= result.Excerpts ?? CodeExcerpts.FromFiles(result);
        var environments = result.Scope.Environments.Concat(StandardEnvironments).ToHashSet(StringComparer.Ordinal);
        string ColumnOf(Finding f) => f.Environment is { } e && environments.Contains(e) ? e : Shared;
        var findings = result.Unsuppressed
            .Select(f => new ReportFinding(f, f.Rule.Area.ToName(), FamilyOf(f.Rule.Id), excerpts.Around(f.Location), ColumnOf(f)))
            .OrderByDescending(f => f.Finding.Level)
            .ThenBy(f => AreaOrder(f.Area))
            .ThenBy(f => f.Finding.Location.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Finding.Location.Span.StartLine)
            .ThenBy(f => f.Finding.Location.Span.StartColumn)
            .ThenBy(f => f.Finding.Rule.Id, StringComparer.Ordinal)
            .ToList();

        var coverage = result.Scope.Areas.ToDictionary(a => a.Area, StringComparer.Ordinal);
        var areas = AuditAreas.All.Select(a => a.ToName()).Select(area =>
        {
            var inArea = findings.Where(f => f.Area == area).ToList();
            coverage.TryGetValue(area, out var covered);
            return new AreaSummary(area, inArea.Count(f => f.Finding.Level == Level.Error), inArea.Count(f => f.Finding.Level == Level.Warning),
                inArea.Count(f => f.Finding.Level == Level.Note), covered?.Rules ?? 0, covered?.Checked ?? 0);
        }).ToList();

        var columns = result.Scope.Environments
            .Concat(findings.Select(f => f.Environment).Where(e => e != Shared))
            .Distinct(StringComparer.Ordinal).OrderBy(EnvironmentOrder).ThenBy(e => e, StringComparer.Ordinal).ToList();
        if (findings.Any(f => f.Environment == Shared)) columns.Add(Shared);
        var rows = findings
            .GroupBy(f => (f.Family, Component: ComponentOf(f.Finding)))
            .OrderBy(g => g.Key.Family, StringComparer.Ordinal).ThenBy(g => g.Key.Component, StringComparer.Ordinal)
            .Select(g => new EnvironmentRow(g.Key.Family, g.Key.Component,
                g.GroupBy(f => f.Environment).ToDictionary(e => e.Key, e => e.Count(), StringComparer.Ordinal)))
            .ToList();

        var notAudited = result.Findings
            // Unreadable and unparsable files, and the could-not-evaluate notes that leave something out entirely
            // (a remote module or base, a Helm template); the others audit what they can and stay findings.
            .Where(f => !f.IsSuppressed && (f.Rule.Id is "IAC0001" or "IAC0003" ||
                                            f.Rule.Id == "IAC0005" && f.Message.Contains("not audited", StringComparison.Ordinal)))
            .Select(f => $"{f.Location.Path}: {MessageText.Plain(f.Message)}")
            .Concat(result.Notifications.Select(n => n.Path is null ? n.Message : $"{n.Path}: {n.Message}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        return new AuditReport
        {
            Result = result,
            Summary = ReportSummary.Of(result),
            Findings = findings,
            Areas = areas,
            EnvironmentColumns = columns,
            EnvironmentRows = rows,
            Drift = result.Drift.Differences
                .OrderBy(d => d.Expected).ThenBy(d => d.Kind).ThenBy(d => d.Family).ThenBy(d => d.Group, StringComparer.Ordinal).ThenBy(d => d.Key, StringComparer.Ordinal)
                .ToList(),
            NotAudited = notAudited,
            Fixed = result.AbsentFindings.Select(f => new ReportFinding(f, f.Rule.Area.ToName(), FamilyOf(f.Rule.Id), null)).ToList(),
        };
    }

    /// <summary>The family a rule belongs to, from its id range.</summary>
    public static string FamilyOf(string ruleId) => ruleId.Length < 4 ? "engine" : ruleId[3] switch
    {
        '1' or '2' or '3' => "terraform",
        '4' => "kubernetes",
        '5' => "appsettings",
        '6' => "drift",
        _ => "engine",
    };

    /// <summary>The family and, when it says more, the group (app folder, overlay) of a drift difference.</summary>
    public static string DriftGroupName(DriftDifference difference)
    {
        var family = DiffWriter.FamilyName(difference.Family);
        return difference.Group.Length == 0 || difference.Group == family ? family : $"{family} · {difference.Group}";
    }

    /// <summary>What a finding belongs to in the environment matrix: the folder of its file.</summary>
    private static string ComponentOf(Finding finding)
    {
        var slash = finding.Location.Path.LastIndexOf('/');
        return slash < 0 ? "." : finding.Location.Path[..slash];
    }

    private static int AreaOrder(string area)
    {
        return AuditAreas.TryParse(area, out var parsed) ? (int)parsed : int.MaxValue;
    }

    private static int EnvironmentOrder(string environment) => environment switch
    {
        "development" => 0,
        "test" => 1,
        "staging" => 2,
        "production" => 3,
        _ => 4,
    };
}
