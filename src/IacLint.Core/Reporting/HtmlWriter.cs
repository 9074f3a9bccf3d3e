using System.Globalization;
using System.Net;
using IacLint.Engine;
using IacLint.Findings;

namespace IacLint.Reporting;

/// <summary>
/// A self-contained HTML report (no scripts, fonts or styles from elsewhere): summary cards, bar charts of findings
/// by level and by rule drawn as inline SVG, and a table of every finding with its help link and related locations.
/// </summary>
public sealed class HtmlWriter : IReportWriter
{
    public string Format => "html";

    public void Write(ScanResult result, TextWriter output, WriterOptions options)
    {
        var summary = ReportSummary.Of(result);
        var findings = result.Unsuppressed.ToList();
        output.Write("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>IacLint report</title>
            <style>
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1f2328;background:#fff}
            h1{font-size:1.6rem;margin:0 0 .25rem} .muted{color:#59636e}
            .cards{display:flex;gap:1rem;margin:1.25rem 0;flex-wrap:wrap}
            .card{border:1px solid #d1d9e0;border-radius:8px;padding:.75rem 1rem;min-width:8rem}
            .card b{display:block;font-size:1.6rem}
            .error{color:#cf222e} .warning{color:#9a6700} .note{color:#0969da}
            table{border-collapse:collapse;width:100%;margin-top:1rem;font-size:.9rem}
            th,td{border-bottom:1px solid #d1d9e0;padding:.4rem .5rem;text-align:left;vertical-align:top}
            th{background:#f6f8fa} code{font-size:.85rem} .related{color:#59636e;font-size:.8rem}
            .charts{display:flex;gap:2rem;flex-wrap:wrap} svg text{font-size:12px;fill:#1f2328}
            </style></head><body>
            """);
        output.Write($"<h1>IacLint report</h1><div class=\"muted\">{Html(result.Root)} · {result.FilesScanned} files audited · {Html(ToolInfo.Name)} {Html(ToolInfo.Version)}</div>");
        output.Write("<div class=\"cards\">");
        Card(output, summary.Total.ToString(CultureInfo.InvariantCulture), "findings", "");
        Card(output, summary.Errors.ToString(CultureInfo.InvariantCulture), "errors", "error");
        Card(output, summary.Warnings.ToString(CultureInfo.InvariantCulture), "warnings", "warning");
        Card(output, summary.Notes.ToString(CultureInfo.InvariantCulture), "notes", "note");
        Card(output, summary.Suppressed.ToString(CultureInfo.InvariantCulture), "suppressed", "");
        if (result.HasBaseline) Card(output, summary.New.ToString(CultureInfo.InvariantCulture), "new since baseline", "");
        output.Write("</div>");

        output.Write("<div class=\"charts\">");
        Bars(output, "By level", [("error", summary.Errors, "#cf222e"), ("warning", summary.Warnings, "#bf8700"), ("note", summary.Notes, "#0969da")]);
        Bars(output, "Most frequent rules", findings.GroupBy(f => f.Rule.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(10).Select(g => (g.Key, g.Count(), "#6e7781")).ToList());
        output.Write("</div>");

        output.Write("<table><thead><tr><th>Level</th><th>Rule</th><th>Where</th><th>Finding</th></tr></thead><tbody>");
        foreach (var finding in findings)
        {
            var level = finding.Level.ToName();
            output.Write($"<tr><td class=\"{level}\">{level}</td>");
            output.Write($"<td><a href=\"{Html(finding.Rule.HelpUri)}\">{Html(finding.Rule.Id)}</a><br><span class=\"muted\">{Html(finding.Rule.Name)}</span></td>");
            output.Write($"<td><code>{Html(finding.Location.Path)}:{finding.Location.Span.StartLine}:{finding.Location.Span.StartColumn}</code></td>");
            output.Write($"<td>{Html(MessageText.Plain(finding.Message))}");
            foreach (var related in finding.RelatedLocations)
            {
                output.Write($"<div class=\"related\">↳ <code>{Html(related.Location.Path)}:{related.Location.Span.StartLine}</code> {Html(related.Label)}</div>");
            }
            output.Write("</td></tr>");
        }
        output.Write("</tbody></table>");
        output.WriteLine("</body></html>");
    }

    private static void Card(TextWriter output, string value, string label, string css) =>
        output.Write($"<div class=\"card\"><b class=\"{css}\">{Html(value)}</b>{Html(label)}</div>");

    /// <summary>A horizontal bar chart as inline SVG, so the report needs nothing from the network.</summary>
    private static void Bars(TextWriter output, string title, IReadOnlyList<(string Label, int Count, string Color)> bars)
    {
        const int Width = 260, RowHeight = 22, LabelWidth = 90;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Count));
        var height = Math.Max(1, bars.Count) * RowHeight + 24;
        output.Write($"<figure><figcaption>{Html(title)}</figcaption><svg width=\"{Width + LabelWidth + 40}\" height=\"{height}\" role=\"img\" aria-label=\"{Html(title)}\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, count, color) = bars[i];
            var y = i * RowHeight + 4;
            var length = (int)Math.Round((double)count / max * Width);
            output.Write($"<text x=\"0\" y=\"{y + 14}\">{Html(label)}</text><rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length}\" height=\"16\" fill=\"{color}\" rx=\"3\"/>");
            output.Write($"<text x=\"{LabelWidth + length + 6}\" y=\"{y + 13}\">{count}</text>");
        }
        output.Write("</svg></figure>");
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
