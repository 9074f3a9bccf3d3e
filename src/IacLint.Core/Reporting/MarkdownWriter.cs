using System.Globalization;
using System.Text;
using IacLint.Drift;
using IacLint.Engine;
using IacLint.Findings;

namespace IacLint.Reporting;

/// <summary>
/// The audit report in Markdown for pull request comments and CI job summaries: a one-screen summary table by
/// audit area, the change since the baseline, every error with a link to its file, the unexpected drift, and the
/// rest in collapsible sections. All user text is escaped. The report stays under GitHub's comment limit: when
/// the tail does not fit, it is summarised with a count instead of being cut.
/// </summary>
public sealed class MarkdownWriter : IReportWriter
{
    /// <summary>GitHub's limit on a comment body is 65,536 characters; keep a margin for the summary lines.</summary>
    public const int Budget = 60_000;

    public string Format => "markdown";

    public void Write(ScanResult result, TextWriter output, WriterOptions options) => output.Write(Render(AuditReport.Build(result)));

    public static string Render(AuditReport report)
    {
        var result = report.Result;
        var links = FileLinkBase(result);
        var summary = report.Summary;
        var md = new StringBuilder();
        md.Append("## IacLint audit: ").Append(Escape(Path.GetFileName(result.Root.TrimEnd('/', '\\')))).Append("\n\n");
        foreach (var error in result.ConfigErrors)
        {
            md.Append("- :x: ").Append(Escape($"{error.Path}({error.Line},{error.Column}): {error.Message}")).Append('\n');
        }

        md.Append(Scope(result)).Append("\n\n");
        if (summary.Total == 0) md.Append("No findings in ").Append(N(result.FilesScanned)).Append(" audited files.\n\n");
        else
        {
            md.Append("**").Append(N(summary.Total)).Append(" findings** in ").Append(N(summary.Files)).Append(" files: ")
                .Append(N(summary.Errors)).Append(" errors, ").Append(N(summary.Warnings)).Append(" warnings, ").Append(N(summary.Notes)).Append(" notes")
                .Append(summary.Suppressed > 0 ? $"; {N(summary.Suppressed)} suppressed." : ".").Append("\n\n");
        }
        if (result.HasBaseline)
        {
            md.Append("**Since the baseline:** ").Append(N(summary.New)).Append(" new, ").Append(N(report.Fixed.Count)).Append(" fixed, ")
                .Append(N(report.Findings.Count(f => f.Finding.BaselineState == BaselineState.Unchanged))).Append(" unchanged.\n\n");
        }

        md.Append("| Area | Errors | Warnings | Notes | Checked |\n|---|---:|---:|---:|---|\n");
        foreach (var area in report.Areas)
        {
            var checkedText = $"{N(area.Rules)} rules, {N(area.Checked)} elements: {area.Status}";
            md.Append("| ").Append(area.Area).Append(" | ").Append(N(area.Errors)).Append(" | ").Append(N(area.Warnings)).Append(" | ")
                .Append(N(area.Notes)).Append(" | ").Append(checkedText).Append(" |\n");
        }
        md.Append("| **total** | **").Append(N(summary.Errors)).Append("** | **").Append(N(summary.Warnings)).Append("** | **").Append(N(summary.Notes)).Append("** | |\n");

        // Errors come first and are all shown: in full while they fit, else one compact line each.
        var errors = report.Findings.Where(f => f.Finding.Level == Level.Error).ToList();
        if (errors.Count > 0)
        {
            md.Append("\n### Errors (").Append(N(errors.Count)).Append(")\n\n");
            var full = FindingTable(errors, result.HasBaseline, links);
            md.Append(md.Length + full.Length <= Budget ? full : CompactList(errors, links));
        }

        var drift = report.Drift.Where(d => !d.Expected).ToList();
        if (drift.Count > 0)
        {
            md.Append("\n### Drift (").Append(N(drift.Count)).Append(" unexpected differences)\n\n");
            AppendRows(md, drift, DriftHeader, DriftRow, "differences");
        }

        // Least important last, so it is what gets summarised when the comment is full.
        Collapsed("Warnings", report.Findings.Where(f => f.Finding.Level == Level.Warning).ToList(), FindingHeader, f => FindingRow(f, result.HasBaseline, links), "warnings");
        Collapsed("Not audited", report.NotAudited, "", line => "- " + Escape(line) + "\n", "items");
        if (result.HasBaseline) Collapsed("Fixed since the baseline", report.Fixed, FindingHeader, f => FindingRow(f, false, links), "fixed findings");
        Collapsed("Notes", report.Findings.Where(f => f.Finding.Level == Level.Note).ToList(), FindingHeader, f => FindingRow(f, result.HasBaseline, links), "notes");

        void Collapsed<T>(string title, IReadOnlyList<T> rows, string header, Func<T, string> row, string noun)
        {
            if (rows.Count == 0) return;
            md.Append("\n<details><summary>").Append(title).Append(" (").Append(N(rows.Count)).Append(")</summary>\n\n");
            AppendRows(md, rows, header, row, noun);
            md.Append("\n</details>\n");
        }

        return md.ToString();
    }

    private static string Scope(ScanResult result)
    {
        var parts = new List<string>
        {
            $"{N(result.FilesScanned)} files audited",
            result.StartTime.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            $"{ToolInfo.FullName} {Escape(ToolInfo.Version)}",
        };
        if (result.Scope.Git is { } git) parts.Insert(0, $"commit {Escape(git.Commit[..Math.Min(12, git.Commit.Length)])}" + (git.Branch is null ? "" : $" on {Escape(git.Branch)}"));
        if (result.Scope.Environments.Count > 0) parts.Add("environments: " + Escape(string.Join(", ", result.Scope.Environments)));
        return string.Join(" · ", parts);
    }

    private const string FindingHeader = "| Rule | Where | Finding |\n|---|---|---|\n";

    private const string DriftHeader = "| Key | From | To |\n|---|---|---|\n";

    private static string FindingTable(IReadOnlyList<ReportFinding> findings, bool hasBaseline, string links)
    {
        var table = new StringBuilder(FindingHeader);
        foreach (var f in findings) table.Append(FindingRow(f, hasBaseline, links));
        return table.ToString();
    }

    private static string FindingRow(ReportFinding f, bool hasBaseline, string links)
    {
        var finding = f.Finding;
        var isNew = hasBaseline && finding.BaselineState == BaselineState.New ? " **new**" : "";
        return $"| [{Escape(finding.Rule.Id)}]({LinkTarget(finding.Rule.HelpUri)}) {Escape(finding.Rule.Title)} | {FileLink(finding.Location, links)} | {Escape(f.Message)}{isNew} |\n";
    }

    private static string CompactList(IReadOnlyList<ReportFinding> findings, string links)
    {
        var list = new StringBuilder();
        foreach (var f in findings) list.Append("- ").Append(Escape(f.Finding.Rule.Id)).Append(' ').Append(FileLink(f.Finding.Location, links)).Append('\n');
        return list.ToString();
    }

    private static string DriftRow(DriftDifference d) =>
        $"| {Escape(AuditReport.DriftGroupName(d))}<br>{Escape(d.Key)} | {Escape(d.From)}: {Escape(d.Kind == DriftKind.Weaker ? d.Detail : d.FromValue ?? (d.FromElement is null ? "absent" : "present"))} | " +
        $"{Escape(d.To)}: {Escape(d.Kind == DriftKind.Weaker ? "weaker" : d.ToValue ?? (d.ToElement is null ? "absent" : "present"))} |\n";

    /// <summary>Rows while they fit the budget; the rest as one line with their count.</summary>
    private static void AppendRows<T>(StringBuilder md, IReadOnlyList<T> rows, string header, Func<T, string> row, string noun)
    {
        var start = md.Length;
        md.Append(header);
        for (var i = 0; i < rows.Count; i++)
        {
            var text = row(rows[i]);
            if (md.Length + text.Length > Budget)
            {
                if (i == 0) md.Length = start; // no table without rows
                md.Append("\n").Append(N(rows.Count - i)).Append(" more ").Append(noun)
                    .Append(" are not listed here, to stay within the size of a pull request comment; see the HTML or SARIF report.\n");
                return;
            }
            md.Append(text);
        }
    }

    /// <summary>A link to the line: on GitHub when the report is rendered in GitHub Actions, else relative to the
    /// scan root.</summary>
    private static string FileLink(Location location, string linkBase) =>
        $"[{Escape($"{location.Path}:{location.Span.StartLine}")}]({linkBase}{UriPath(location.Path)}#L{location.Span.StartLine})";

    /// <summary>In GitHub Actions (<c>GITHUB_SERVER_URL</c>, <c>GITHUB_REPOSITORY</c>), links point at the audited
    /// commit's files on GitHub, which work in pull request comments and job summaries; elsewhere they are relative.</summary>
    private static string FileLinkBase(ScanResult result)
    {
        var server = Environment.GetEnvironmentVariable("GITHUB_SERVER_URL");
        var repository = Environment.GetEnvironmentVariable("GITHUB_REPOSITORY");
        var commit = result.Scope.Git?.Commit ?? Environment.GetEnvironmentVariable("GITHUB_SHA");
        if (string.IsNullOrEmpty(server) || string.IsNullOrEmpty(repository) || string.IsNullOrEmpty(commit)) return "";
        var folder = result.Scope.Git?.PathInRepository is { Length: > 0 } path ? UriPath(path) + "/" : "";
        return $"{server.TrimEnd('/')}/{UriPath(repository)}/blob/{Uri.EscapeDataString(commit)}/{folder}";
    }

    private static string UriPath(string path) => LinkTarget(string.Join('/', path.Split('/').Select(Uri.EscapeDataString)));

    private static string LinkTarget(string uri) => uri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);

    /// <summary>Text safe in a Markdown table cell: no HTML, no formatting, no mentions, no table breaks.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '@': builder.Append("&#64;"); break;
                case '|': builder.Append("&#124;"); break;
                case '\r': break;
                case '\n': builder.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '~': builder.Append('\\').Append(c); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
