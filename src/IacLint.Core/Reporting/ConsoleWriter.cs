using IacLint.Engine;
using IacLint.Findings;

namespace IacLint.Reporting;

/// <summary>
/// The human view: findings grouped by file with line:column, level, rule and message; related locations beneath;
/// counts by level; how to suppress. Colour only when writing to a terminal.
/// </summary>
public sealed class ConsoleWriter : IReportWriter
{
    public string Format => "console";

    public void Write(ScanResult result, TextWriter output, WriterOptions options)
    {
        var color = new Palette(options.UseColor);
        foreach (var error in result.ConfigErrors)
        {
            output.WriteLine($"{color.Red("error")} {error.Path}({error.Line},{error.Column}): {error.Message}");
        }

        foreach (var file in result.Unsuppressed.GroupBy(f => f.Location.Path, StringComparer.Ordinal))
        {
            output.WriteLine(color.Bold(file.Key));
            foreach (var finding in file)
            {
                var position = $"{finding.Location.Span.StartLine}:{finding.Location.Span.StartColumn}";
                var level = finding.Level switch
                {
                    Level.Error => color.Red("error  "),
                    Level.Warning => color.Yellow("warning"),
                    _ => color.Cyan("note   "),
                };
                var isNew = result.HasBaseline && finding.BaselineState == BaselineState.New ? color.Bold(" [new]") : "";
                output.WriteLine($"  {position,-8} {level} {color.Dim(finding.Rule.Id)}  {MessageText.Plain(finding.Message)}{isNew}");
                foreach (var related in finding.RelatedLocations)
                {
                    output.WriteLine(color.Dim($"           ↳ {related.Location.Path}:{related.Location.Span.StartLine}:{related.Location.Span.StartColumn} {related.Label}"));
                }
            }
            output.WriteLine();
        }

        foreach (var notification in result.Notifications)
        {
            output.WriteLine(color.Dim($"{notification.Level.ToName()}: {(notification.Path is null ? "" : notification.Path + ": ")}{notification.Message}"));
        }

        var summary = ReportSummary.Of(result);
        var parts = new List<string>
        {
            Plural(summary.Errors, "error"),
            Plural(summary.Warnings, "warning"),
            Plural(summary.Notes, "note"),
        };
        var line = summary.Total == 0
            ? color.Green($"No findings in {Plural(result.FilesScanned, "file")} audited.")
            : $"{Plural(summary.Total, "finding")} ({string.Join(", ", parts)}) in {Plural(summary.Files, "file")}; {Plural(result.FilesScanned, "file")} audited.";
        if (summary.Suppressed > 0) line += $" {summary.Suppressed} suppressed.";
        if (result.HasBaseline) line += $" {summary.New} new since the baseline, {result.AbsentFindings.Count} fixed.";
        output.WriteLine(line);
        if (summary.Total > 0)
        {
            output.WriteLine(color.Dim("To suppress one with a reason, put a comment on the line above it: iaclint-ignore IAC0000: reason [until YYYY-MM-DD]. Rule help: iaclint rules."));
        }
    }

    private static string Plural(int count, string word) => count == 1 ? $"1 {word}" : $"{count} {word}s";

    private sealed class Palette(bool enabled)
    {
        public string Red(string text) => Wrap("31", text);
        public string Yellow(string text) => Wrap("33", text);
        public string Cyan(string text) => Wrap("36", text);
        public string Green(string text) => Wrap("32", text);
        public string Bold(string text) => Wrap("1", text);
        public string Dim(string text) => Wrap("2", text);
        private string Wrap(string code, string text) => enabled ? $"\u001b[{code}m{text}\u001b[0m" : text;
    }
}
