using IacLint.Engine;
using IacLint.Findings;

namespace IacLint.Reporting;

/// <summary>
/// A Markdown report for pull request comments and CI job summaries: the counts, then one table per level with
/// rule, location and message, each rule linked to its help page. Suppressed findings are counted, not listed.
/// </summary>
public sealed class MarkdownWriter : IReportWriter
{
    public string Format => "markdown";

    public void Write(ScanResult result, TextWriter output, WriterOptions options)
    {
        var summary = ReportSummary.Of(result);
        output.WriteLine("## IacLint");
        output.WriteLine();
        foreach (var error in result.ConfigErrors) output.WriteLine($"- :x: `{error.Path}({error.Line},{error.Column})`: {error.Message}");
        if (summary.Total == 0)
        {
            output.WriteLine($"No findings in {result.FilesScanned} audited files.");
        }
        else
        {
            output.WriteLine($"**{summary.Total} findings** in {summary.Files} files ({result.FilesScanned} audited): " +
                             $"{summary.Errors} errors, {summary.Warnings} warnings, {summary.Notes} notes" +
                             (summary.Suppressed > 0 ? $"; {summary.Suppressed} suppressed." : ".") +
                             (result.HasBaseline ? $" {summary.New} new since the baseline, {result.AbsentFindings.Count} fixed." : ""));
        }
        foreach (var (level, title) in new[] { (Level.Error, "Errors"), (Level.Warning, "Warnings"), (Level.Note, "Notes") })
        {
            var findings = result.Unsuppressed.Where(f => f.Level == level).ToList();
            if (findings.Count == 0) continue;
            output.WriteLine();
            output.WriteLine($"### {title} ({findings.Count})");
            output.WriteLine();
            output.WriteLine("| Rule | Where | Finding |");
            output.WriteLine("|---|---|---|");
            foreach (var finding in findings)
            {
                var isNew = result.HasBaseline && finding.BaselineState == BaselineState.New ? " **new**" : "";
                output.WriteLine($"| [{finding.Rule.Id}]({finding.Rule.HelpUri}) | `{finding.Location.Path}:{finding.Location.Span.StartLine}` | {Escape(MessageText.Plain(finding.Message))}{isNew} |");
            }
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
