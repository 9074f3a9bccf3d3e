using System.Globalization;
using System.Net;
using IacLint.Drift;
using IacLint.Engine;
using IacLint.Findings;
using IacLint.Rules;

namespace IacLint.Reporting;

/// <summary>
/// The audit report as one self-contained HTML page (inline style, script and SVG; a content security policy that
/// forbids fetching anything): scope, summary by level and audit area with what each area checked, the environment
/// matrix and drift side by side, every finding with its code excerpt and fix, filterable in the page, and the
/// change since the baseline. Prints cleanly for an audit record.
/// </summary>
public sealed class HtmlWriter : IReportWriter
{
    public string Format => "html";

    private const string ErrorColor = "#cf222e", WarningColor = "#bf8700", NoteColor = "#0969da";

    public void Write(ScanResult result, TextWriter output, WriterOptions options) => Write(AuditReport.Build(result), output);

    public static void Write(AuditReport report, TextWriter output)
    {
        var result = report.Result;
        output.Write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        output.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.Write($"<title>IacLint audit report: {H(Path.GetFileName(result.Root.TrimEnd('/')))}</title>");
        output.Write(Style);
        output.Write("</head><body>");
        output.Write($"<header><h1>Infrastructure audit report</h1><p class=\"muted\"><code>{H(result.Root)}</code> · {H(Date(result.StartTime))} · {H(ToolInfo.FullName)} {H(ToolInfo.Version)}</p>");
        output.Write("<nav><a href=\"#scope\">Scope</a><a href=\"#summary\">Summary</a><a href=\"#environments\">Environments</a><a href=\"#findings\">Findings</a>");
        if (result.HasBaseline) output.Write("<a href=\"#baseline\">Change since baseline</a>");
        output.Write("</nav></header><main>");
        WriteScope(report, output);
        WriteSummary(report, output);
        WriteEnvironments(report, output);
        WriteFindings(report, output);
        if (result.HasBaseline) WriteBaseline(report, output);
        output.Write("</main>");
        output.Write(Script);
        output.WriteLine("</body></html>");
    }

    private static void WriteScope(AuditReport report, TextWriter output)
    {
        var result = report.Result;
        var scope = result.Scope;
        output.Write("<section id=\"scope\"><h2>Scope</h2><table class=\"kv\"><tbody>");
        Row(output, "Root", $"<code>{H(result.Root)}</code>");
        if (scope.Git is { } git) Row(output, "Revision", $"<code>{H(git.Commit)}</code>" + (git.Branch is null ? " (detached HEAD)" : $" on branch <code>{H(git.Branch)}</code>"));
        else Row(output, "Revision", "not a git repository");
        Row(output, "Audited", $"{H(Date(result.StartTime))} to {H(Date(result.EndTime))}");
        Row(output, "Tool", $"{H(ToolInfo.FullName)} {H(ToolInfo.Version)}");
        Row(output, "Files audited", scope.FilesByFamily.Count == 0
            ? N(result.FilesScanned)
            : $"{N(result.FilesScanned)} (" + string.Join(", ", scope.FilesByFamily.Select(f => $"{H(f.Key)}: {N(f.Value)}")) + ")");
        Row(output, "Environments", scope.Environments.Count == 0 ? "none found" : H(string.Join(", ", scope.Environments)) +
            (result.Drift.Pairs.Count > 0 ? " (compared: " + H(string.Join(", ", result.Drift.Pairs.Select(p => $"{p.From} → {p.To}"))) + ")" : ""));
        Row(output, "Configuration", scope.ConfigFile is null ? "defaults (no iaclint.toml)" : $"<code>{H(scope.ConfigFile)}</code>");
        Row(output, "Rules disabled", scope.DisabledRules.Count == 0 ? "none" : H(string.Join(", ", scope.DisabledRules)));
        Row(output, "Expected drift", scope.ExpectedDrift.Count == 0 ? "none declared" : string.Join(", ", scope.ExpectedDrift.Select(e => $"<code>{H(e)}</code>")));
        if (result.HasBaseline) Row(output, "Baseline", "compared with a baseline SARIF file");
        output.Write("</tbody></table>");
        output.Write("<h3>Not audited</h3>");
        if (report.NotAudited.Count == 0) output.Write("<p>Everything found was audited.</p>");
        else
        {
            const int Shown = 12;
            output.Write("<ul class=\"not-audited\">");
            foreach (var line in report.NotAudited.Take(Shown)) output.Write($"<li>{H(line)}</li>");
            output.Write("</ul>");
            if (report.NotAudited.Count > Shown)
            {
                output.Write($"<details><summary>{N(report.NotAudited.Count - Shown)} more</summary><ul class=\"not-audited\">");
                foreach (var line in report.NotAudited.Skip(Shown)) output.Write($"<li>{H(line)}</li>");
                output.Write("</ul></details>");
            }
        }
        output.Write("</section>");
    }

    private static void WriteSummary(AuditReport report, TextWriter output)
    {
        var summary = report.Summary;
        output.Write("<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">");
        Card(output, summary.Total, "findings", "");
        Card(output, summary.Errors, "errors", "error");
        Card(output, summary.Warnings, "warnings", "warning");
        Card(output, summary.Notes, "notes", "note");
        Card(output, summary.Suppressed, "suppressed", "");
        if (report.Result.HasBaseline) Card(output, summary.New, "new since baseline", "");
        output.Write("</div><div class=\"charts\">");
        StackedBars(output, "Findings by audit area and level", report.Areas.Select(a => (a.Area, new[] { a.Errors, a.Warnings, a.Notes })).ToList());
        output.Write("</div>");
        output.Write("<table class=\"areas\"><thead><tr><th>Area</th><th class=\"num\">Errors</th><th class=\"num\">Warnings</th><th class=\"num\">Notes</th><th class=\"num\">Rules ran</th><th class=\"num\">Elements checked</th><th>Result</th></tr></thead><tbody>");
        foreach (var area in report.Areas)
        {
            var css = area.Total > 0 ? "" : area.Checked > 0 ? "clean" : "muted";
            var status = $"<span class=\"{css}\">{H(area.Status)}</span>";
            output.Write($"<tr><td>{H(area.Area)}</td><td class=\"num error\">{N(area.Errors)}</td><td class=\"num warning\">{N(area.Warnings)}</td><td class=\"num note\">{N(area.Notes)}</td>" +
                         $"<td class=\"num\">{N(area.Rules)}</td><td class=\"num\">{N(area.Checked)}</td><td>{status}</td></tr>");
        }
        output.Write("</tbody></table></section>");
    }

    private static void WriteEnvironments(AuditReport report, TextWriter output)
    {
        var result = report.Result;
        output.Write("<section id=\"environments\"><h2>Environments</h2>");
        if (report.EnvironmentRows.Count == 0)
        {
            output.Write("<p>No findings to place in an environment.</p>");
        }
        else
        {
            output.Write("<div class=\"charts\">");
            Bars(output, "Findings per environment", report.EnvironmentColumns
                .Select(e => (e, report.Findings.Count(f => f.Environment == e), "#6e7781")).ToList());
            output.Write("</div>");
            output.Write("<table class=\"matrix\"><thead><tr><th>Family</th><th>Component</th>");
            foreach (var column in report.EnvironmentColumns) output.Write($"<th class=\"num\">{H(column)}</th>");
            output.Write("</tr></thead><tbody>");
            foreach (var row in report.EnvironmentRows)
            {
                output.Write($"<tr><td>{H(row.Family)}</td><td><code>{H(row.Component)}</code></td>");
                foreach (var column in report.EnvironmentColumns)
                {
                    var count = row.Counts.GetValueOrDefault(column);
                    output.Write(count == 0 ? "<td class=\"num muted\">0</td>" : $"<td class=\"num\"><b>{N(count)}</b></td>");
                }
                output.Write("</tr>");
            }
            output.Write("</tbody></table>");
        }
        output.Write("<h3>Drift</h3>");
        if (result.Drift.Pairs.Count == 0)
        {
            output.Write("<p>No two environments of the compared chain were found, so there is no drift to show.</p>");
        }
        foreach (var (from, to) in result.Drift.Pairs)
        {
            var rows = report.Drift.Where(d => d.From == from && d.To == to).ToList();
            output.Write($"<h4>{H(from)} → {H(to)}: {N(rows.Count(d => !d.Expected))} unexpected, {N(rows.Count(d => d.Expected))} expected</h4>");
            if (rows.Count == 0)
            {
                output.Write("<p>No differences.</p>");
                continue;
            }
            output.Write($"<table class=\"drift\"><colgroup><col class=\"c-kind\"><col class=\"c-key\"><col class=\"c-val\"><col class=\"c-val\"><col class=\"c-exp\"></colgroup>" +
                         $"<thead><tr><th>Drift</th><th>Key</th><th>{H(from)}</th><th>{H(to)}</th><th>Expected</th></tr></thead><tbody>");
            foreach (var d in rows)
            {
                output.Write($"<tr class=\"{(d.Expected ? "expected" : "")}\"><td>{H(DriftKindName(d.Kind))}</td>");
                output.Write($"<td><span class=\"muted\">{H(AuditReport.DriftGroupName(d))}</span><br><code>{H(d.Key)}</code></td>");
                if (d.Kind == DriftKind.Weaker) output.Write($"<td colspan=\"2\">{H(d.Detail)}{Where(d.FromElement)}{Where(d.ToElement)}</td>");
                else output.Write($"<td>{DriftSide(d.FromValue, d.FromElement)}</td><td>{DriftSide(d.ToValue, d.ToElement)}</td>");
                output.Write($"<td>{(d.Expected ? "yes" : "<b>no</b>")}</td></tr>");
            }
            output.Write("</tbody></table>");
        }
        output.Write("</section>");
    }

    private static string DriftSide(string? value, DriftElement? element)
    {
        if (element is null) return "<span class=\"muted\">absent</span>";
        var shown = value is null ? "<span class=\"muted\">present</span>" : $"<code>{H(value)}</code>";
        return shown + Where(element);
    }

    private static string Where(DriftElement? element) =>
        element is null ? "" : $"<div class=\"where\">{H(element.Location.Path)}:{element.Location.Span.StartLine}</div>";

    private static void WriteFindings(AuditReport report, TextWriter output)
    {
        var findings = report.Findings;
        output.Write($"<section id=\"findings\"><h2>Findings</h2>");
        output.Write("<div class=\"charts\">");
        Bars(output, "Most frequent rules", findings.GroupBy(f => f.Finding.Rule.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(8).Select(g => ($"{g.Key} {g.First().Finding.Rule.Title}", g.Count(), LevelColor(g.First().Finding.Level))).ToList());
        output.Write("</div>");
        output.Write("<form id=\"filters\" class=\"filters\" role=\"search\">");
        Filter(output, "level", "Level", findings.Select(f => f.Finding.Level).Distinct().OrderDescending().Select(l => l.ToName()));
        Filter(output, "area", "Area", AuditAreas.All.Select(a => a.ToName()).Where(a => findings.Any(f => f.Area == a)));
        Filter(output, "env", "Environment", report.EnvironmentColumns.Where(e => findings.Any(f => f.Environment == e)));
        Filter(output, "family", "Family", findings.Select(f => f.Family).Distinct().Order(StringComparer.Ordinal));
        Filter(output, "rule", "Rule", findings.Select(f => f.Finding.Rule.Id).Distinct().Order(StringComparer.Ordinal));
        output.Write("<label>Search <input type=\"search\" name=\"q\" placeholder=\"text, path, key\"></label>");
        output.Write($"<span class=\"shown\"><b id=\"shown\">{N(findings.Count)}</b> of {N(findings.Count)} shown</span></form>");
        if (findings.Count == 0) output.Write("<p class=\"clean\">No findings.</p>");
        output.Write("<div id=\"finding-list\">");
        foreach (var f in findings) WriteFinding(output, f, report.Result.HasBaseline);
        output.Write("</div></section>");
    }

    private static void WriteFinding(TextWriter output, ReportFinding f, bool hasBaseline)
    {
        var finding = f.Finding;
        var rule = finding.Rule;
        var environment = f.Environment;
        output.Write($"<article class=\"finding lvl-{f.Level}\" data-level=\"{f.Level}\" data-area=\"{H(f.Area)}\" data-env=\"{H(environment)}\" data-family=\"{H(f.Family)}\" data-rule=\"{H(rule.Id)}\">");
        output.Write($"<h3><span class=\"badge {f.Level}\">{f.Level}</span> {H(rule.Title)} <a href=\"{H(rule.HelpUri)}\">{H(rule.Id)}</a>");
        if (hasBaseline && finding.BaselineState == BaselineState.New) output.Write(" <span class=\"badge new\">new</span>");
        output.Write("</h3>");
        output.Write($"<p class=\"message\">{H(f.Message)}</p>");
        output.Write($"<p class=\"where\"><code>{H(finding.Location.Path)}:{finding.Location.Span.StartLine}:{finding.Location.Span.StartColumn}</code>" +
                     $" · {H(f.Area)}{(f.Family == f.Area ? "" : " · " + H(f.Family))} · {H(finding.Environment ?? AuditReport.Shared)}");
        if (finding.LogicalLocation is { } logical) output.Write($" · <code>{H(logical.FullyQualifiedName)}</code>");
        output.Write("</p>");
        if (f.Excerpt is { } excerpt)
        {
            output.Write("<pre class=\"excerpt\">");
            for (var i = 0; i < excerpt.Lines.Count; i++)
            {
                var number = excerpt.FirstLine + i;
                var hit = number >= finding.Location.Span.StartLine && number <= Math.Max(finding.Location.Span.StartLine, finding.Location.Span.EndLine);
                output.Write($"<span class=\"{(hit ? "line hit" : "line")}\"><span class=\"ln\">{number}</span>{H(excerpt.Lines[i])}</span>");
            }
            output.Write("</pre>");
        }
        if (finding.RelatedLocations.Count > 0)
        {
            output.Write("<ul class=\"related\">");
            foreach (var related in finding.RelatedLocations)
            {
                output.Write($"<li><code>{H(related.Location.Path)}:{related.Location.Span.StartLine}</code> {H(MessageText.Plain(related.Label))}</li>");
            }
            output.Write("</ul>");
        }
        if (rule.HowToFix.Length > 0) output.Write($"<p class=\"fix\"><b>Fix:</b> {InlineMarkdown(rule.HowToFix)} <a href=\"{H(rule.HelpUri)}\">Rule help</a></p>");
        else output.Write($"<p class=\"fix\"><a href=\"{H(rule.HelpUri)}\">Rule help</a></p>");
        output.Write("</article>");
    }

    private static void WriteBaseline(AuditReport report, TextWriter output)
    {
        var findings = report.Findings;
        var @new = findings.Where(f => f.Finding.BaselineState == BaselineState.New).ToList();
        var unchanged = findings.Where(f => f.Finding.BaselineState == BaselineState.Unchanged).ToList();
        output.Write("<section id=\"baseline\"><h2>Change since baseline</h2><div class=\"cards\">");
        Card(output, @new.Count, "new", "error");
        Card(output, report.Fixed.Count, "fixed", "clean");
        Card(output, unchanged.Count, "unchanged", "");
        output.Write("</div>");
        BaselineList(output, "New", @new);
        BaselineList(output, "Fixed", report.Fixed);
        BaselineList(output, "Unchanged", unchanged);
        output.Write("</section>");
    }

    private static void BaselineList(TextWriter output, string title, IReadOnlyList<ReportFinding> findings)
    {
        output.Write($"<h3>{H(title)} ({N(findings.Count)})</h3>");
        if (findings.Count == 0) return;
        output.Write("<table class=\"baseline\"><colgroup><col class=\"c-level\"><col class=\"c-rule\"><col class=\"c-where\"><col></colgroup><thead><tr><th>Level</th><th>Rule</th><th>Where</th><th>Finding</th></tr></thead><tbody>");
        foreach (var f in findings)
        {
            output.Write($"<tr><td class=\"{f.Level}\">{f.Level}</td><td><a href=\"{H(f.Finding.Rule.HelpUri)}\">{H(f.Finding.Rule.Id)}</a></td><td><code>{H(f.Where)}</code></td><td>{H(f.Message)}</td></tr>");
        }
        output.Write("</tbody></table>");
    }

    private static void Filter(TextWriter output, string name, string label, IEnumerable<string> values)
    {
        output.Write($"<label>{H(label)} <select name=\"{name}\"><option value=\"\">all</option>");
        foreach (var value in values) output.Write($"<option>{H(value)}</option>");
        output.Write("</select></label>");
    }

    private static void Row(TextWriter output, string key, string html) => output.Write($"<tr><th>{H(key)}</th><td>{html}</td></tr>");

    private static void Card(TextWriter output, int value, string label, string css) =>
        output.Write($"<div class=\"card\"><b class=\"{css}\">{N(value)}</b>{H(label)}</div>");

    /// <summary>Horizontal bars with the label above each bar, so long labels never collide with the bars.</summary>
    private static void Bars(TextWriter output, string title, IReadOnlyList<(string Label, int Count, string Color)> bars)
    {
        const int Width = 420, Row = 34;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Count));
        var height = Math.Max(1, bars.Count) * Row + 4;
        output.Write($"<figure><figcaption>{H(title)}</figcaption><svg viewBox=\"0 0 {Width + 50} {height}\" width=\"{Width + 50}\" role=\"img\" aria-label=\"{H(title)}\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, count, color) = bars[i];
            var y = i * Row;
            var length = Math.Max(count > 0 ? 2 : 0, (int)Math.Round((double)count / max * Width));
            output.Write($"<text x=\"0\" y=\"{y + 12}\">{H(label)}</text>");
            output.Write($"<rect x=\"0\" y=\"{y + 16}\" width=\"{length}\" height=\"12\" fill=\"{color}\" rx=\"2\"/><text x=\"{length + 6}\" y=\"{y + 27}\">{N(count)}</text>");
        }
        output.Write("</svg></figure>");
    }

    /// <summary>One bar per label split into errors, warnings and notes.</summary>
    private static void StackedBars(TextWriter output, string title, IReadOnlyList<(string Label, int[] Counts)> bars)
    {
        const int Width = 420, Row = 22, LabelWidth = 90;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Counts.Sum()));
        var height = bars.Count * Row + 26;
        string[] colors = [ErrorColor, WarningColor, NoteColor];
        string[] names = ["error", "warning", "note"];
        output.Write($"<figure><figcaption>{H(title)}</figcaption><svg viewBox=\"0 0 {LabelWidth + Width + 50} {height}\" width=\"{LabelWidth + Width + 50}\" role=\"img\" aria-label=\"{H(title)}\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, counts) = bars[i];
            var y = i * Row;
            output.Write($"<text x=\"0\" y=\"{y + 13}\">{H(label)}</text>");
            var x = LabelWidth;
            for (var level = 0; level < counts.Length; level++)
            {
                if (counts[level] == 0) continue;
                var length = Math.Max(2, (int)Math.Round((double)counts[level] / max * Width));
                output.Write($"<rect x=\"{x}\" y=\"{y + 3}\" width=\"{length}\" height=\"14\" fill=\"{colors[level]}\"><title>{H(label)}: {N(counts[level])} {names[level]}</title></rect>");
                x += length;
            }
            output.Write($"<text x=\"{x + 6}\" y=\"{y + 14}\">{N(counts.Sum())}</text>");
        }
        var legendY = bars.Count * Row + 12;
        for (var level = 0; level < 3; level++)
        {
            output.Write($"<rect x=\"{LabelWidth + level * 90}\" y=\"{legendY}\" width=\"10\" height=\"10\" fill=\"{colors[level]}\"/><text x=\"{LabelWidth + level * 90 + 14}\" y=\"{legendY + 9}\">{names[level]}</text>");
        }
        output.Write("</svg></figure>");
    }

    /// <summary>Escaped text with Markdown's <c>`code`</c> spans kept as code.</summary>
    private static string InlineMarkdown(string markdown)
    {
        var parts = H(markdown.Replace("\n\n", " ", StringComparison.Ordinal)).Split('`');
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 0) builder.Append(parts[i]);
            else if (i < parts.Length - 1) builder.Append("<code>").Append(parts[i]).Append("</code>");
            else builder.Append('`').Append(parts[i]);
        }
        return builder.ToString();
    }

    private static string DriftKindName(DriftKind kind) => kind switch
    {
        DriftKind.Weaker => "weaker",
        DriftKind.MissingInLater => "missing",
        DriftKind.OnlyInLater => "only in later",
        DriftKind.VersionSkew => "version skew",
        _ => "value differs",
    };

    private static string LevelColor(Level level) => level switch
    {
        Level.Error => ErrorColor,
        Level.Warning => WarningColor,
        _ => NoteColor,
    };

    private static string Date(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string H(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        <style>
        :root{--line:#d1d9e0;--muted:#59636e}
        *{box-sizing:border-box}
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#fff;line-height:1.45}
        header,main{max-width:1200px;margin:0 auto;padding:0 1.5rem}
        header{padding-top:1.5rem}
        h1{font-size:1.6rem;margin:0 0 .25rem} h2{font-size:1.3rem;border-bottom:1px solid var(--line);padding-bottom:.3rem;margin-top:2rem}
        h3{font-size:1rem} h4{font-size:.95rem;margin:1rem 0 .4rem}
        nav{display:flex;gap:1rem;flex-wrap:wrap;margin:.5rem 0} nav a{color:#0969da}
        .muted{color:var(--muted)} .clean{color:#1a7f37}
        code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
        code{overflow-wrap:anywhere;word-break:break-word}
        .cards{display:flex;gap:1rem;margin:1rem 0;flex-wrap:wrap}
        .card{border:1px solid var(--line);border-radius:8px;padding:.6rem 1rem;min-width:7.5rem}
        .card b{display:block;font-size:1.5rem}
        .error{color:#cf222e} .warning{color:#9a6700} .note{color:#0969da}
        table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
        th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
        thead th{background:#f6f8fa} .num{text-align:right;white-space:nowrap}
        table.kv th{width:11rem;background:none;font-weight:600}
        table.drift{table-layout:fixed} .c-kind{width:8rem} .c-key{width:34%} .c-exp{width:6.5rem}
        table.baseline{table-layout:fixed} .c-level{width:5.5rem} .c-rule{width:6rem} .c-where{width:35%}
        table.drift td,table.baseline td{overflow-wrap:anywhere}
        tr.expected td{color:var(--muted)}
        .where{color:var(--muted);font-size:.8rem;overflow-wrap:anywhere}
        .charts{display:flex;gap:2rem;flex-wrap:wrap} figure{margin:.5rem 0;max-width:100%} figcaption{font-weight:600;margin-bottom:.3rem}
        svg{max-width:100%;height:auto} svg text{font-size:12px;fill:#1f2328}
        .filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;position:sticky;top:0;background:#fff;padding:.6rem 0;border-bottom:1px solid var(--line);z-index:1}
        .filters select,.filters input{font:inherit;font-size:.85rem;padding:.15rem .3rem}
        .shown{margin-left:auto;color:var(--muted)}
        .finding{border:1px solid var(--line);border-left:4px solid #6e7781;border-radius:6px;padding:.2rem .9rem .6rem;margin:.8rem 0}
        .finding.lvl-error{border-left-color:#cf222e} .finding.lvl-warning{border-left-color:#bf8700} .finding.lvl-note{border-left-color:#0969da}
        .finding h3{margin:.5rem 0 .2rem;font-size:1rem;color:#1f2328} .finding p{margin:.25rem 0}
        .message{overflow-wrap:anywhere}
        .badge{display:inline-block;font-size:.72rem;font-weight:600;text-transform:uppercase;border-radius:4px;padding:0 .35rem;color:#fff;background:#6e7781;vertical-align:middle}
        .badge.error{background:#cf222e} .badge.warning{background:#9a6700} .badge.note{background:#0969da} .badge.new{background:#8250df}
        pre.excerpt{background:#f6f8fa;border:1px solid var(--line);border-radius:6px;padding:.4rem 0;margin:.4rem 0;white-space:pre-wrap;overflow-wrap:anywhere}
        .line{display:block;padding:0 .6rem 0 0} .line.hit{background:#fff8c5}
        .ln{display:inline-block;width:3.5rem;padding-right:.8rem;text-align:right;color:var(--muted);user-select:none}
        ul.related{margin:.3rem 0;padding-left:1.2rem;font-size:.85rem;color:var(--muted)} ul.not-audited li{overflow-wrap:anywhere}
        .fix{font-size:.9rem}
        [hidden]{display:none!important}
        @media print{
          @page{margin:14mm}
          body{font-size:10pt} header,main{max-width:none;padding:0}
          nav,.filters{display:none}
          .finding[hidden]{display:block!important}
          a{color:inherit;text-decoration:none}
          tr,.finding,pre,figure,.card{break-inside:avoid}
          thead{display:table-header-group}
          h2,h3,h4{break-after:avoid}
          .line.hit{background:#eee}
        }
        </style>
        """;

    private const string Script = """
        <script>
        (function () {
          var form = document.getElementById('filters');
          if (!form) return;
          var items = Array.prototype.slice.call(document.querySelectorAll('#finding-list .finding'));
          var texts = items.map(function (item) { return item.textContent.toLowerCase(); });
          var shown = document.getElementById('shown');
          var keys = ['level', 'area', 'env', 'family', 'rule'];
          function apply() {
            var wanted = keys.map(function (k) { return form.elements[k].value; });
            var query = form.elements.q.value.trim().toLowerCase();
            var count = 0;
            items.forEach(function (item, i) {
              var ok = keys.every(function (k, j) { return !wanted[j] || item.dataset[k] === wanted[j]; }) && (!query || texts[i].indexOf(query) >= 0);
              item.hidden = !ok;
              if (ok) count++;
            });
            shown.textContent = String(count);
          }
          form.addEventListener('input', apply);
          form.addEventListener('change', apply);
          form.addEventListener('submit', function (e) { e.preventDefault(); });
          // An audit record prints everything, the collapsed lists too.
          window.addEventListener('beforeprint', function () {
            document.querySelectorAll('details').forEach(function (d) { d.open = true; });
          });
        })();
        </script>
        """;
}
