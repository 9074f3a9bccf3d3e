using IacLint.Engine;

namespace IacLint.Reporting;

/// <summary>Settings every writer may use.</summary>
/// <param name="UseColor">Write ANSI colours (console only; on for terminals, off for files, pipes and NO_COLOR).</param>
public sealed record WriterOptions(bool UseColor = false);

/// <summary>Formats a scan result. Writers never decide anything: they show what the engine found.</summary>
public interface IReportWriter
{
    /// <summary>The <c>--format</c> name.</summary>
    string Format { get; }

    void Write(ScanResult result, TextWriter output, WriterOptions options);
}

/// <summary>The writers, by format name, in one list.</summary>
public static class ReportWriters
{
    public static IReadOnlyList<IReportWriter> All { get; } =
    [
        new ConsoleWriter(),
        new MsBuildWriter(),
        new JsonWriter(),
        new MarkdownWriter(),
        new HtmlWriter(),
        new Sarif.SarifWriter(),
    ];

    public static IReportWriter? Find(string format) =>
        All.FirstOrDefault(w => w.Format.Equals(format, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<string> Formats => All.Select(w => w.Format);
}
