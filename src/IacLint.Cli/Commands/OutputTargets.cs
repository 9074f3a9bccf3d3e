using System.CommandLine;
using System.CommandLine.Parsing;
using IacLint.Reporting;

namespace IacLint.Cli.Commands;

/// <summary>A format and where it goes (null: standard output).</summary>
internal sealed record OutputTarget(IReportWriter Writer, string? Path);

/// <summary>
/// Pairs each <c>--output</c> with the <c>--format</c> before it, in command-line order, so
/// <c>--format sarif --output a.sarif --format console</c> writes SARIF to a file and the console view to the terminal.
/// An <c>--output</c> with no <c>--format</c> of its own takes the format its extension names (<c>-o report.sarif</c>).
/// </summary>
internal static class OutputTargets
{
    /// <summary>File extensions and the format each one means.</summary>
    private static readonly (string Extension, string Format)[] Extensions =
    [
        (".sarif", "sarif"), (".sarif.json", "sarif"), (".json", "json"), (".html", "html"), (".htm", "html"),
        (".md", "markdown"), (".markdown", "markdown"), (".txt", "console"),
    ];

    public static IReadOnlyList<OutputTarget> From(ParseResult parseResult, Option<string[]> format, Option<string[]> output, string defaultFormat)
    {
        var pairs = new List<(string Format, string? Path)>();
        var pendingFormat = false; // the last --format has no --output yet
        var tokens = parseResult.Tokens;
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            var token = tokens[i];
            if (token.Type != TokenType.Option) continue;
            var value = tokens[i + 1].Value;
            if (format.Name == token.Value || format.Aliases.Contains(token.Value))
            {
                pairs.Add((value, null));
                pendingFormat = true;
            }
            else if (output.Name == token.Value || output.Aliases.Contains(token.Value))
            {
                if (pendingFormat)
                {
                    pairs[^1] = (pairs[^1].Format, value);
                    pendingFormat = false;
                }
                else
                {
                    pairs.Add((FormatOf(value), value));
                }
            }
        }
        if (pairs.Count == 0) pairs.Add((defaultFormat, null));

        var targets = new List<OutputTarget>();
        foreach (var (name, path) in pairs)
        {
            var writer = ReportWriters.Find(name) ??
                throw new UsageException($"Unknown format '{name}'; use one of: {string.Join(", ", ReportWriters.Formats)}.");
            targets.Add(new OutputTarget(writer, path));
        }
        if (targets.Count(t => t.Path is null) > 1)
        {
            throw new UsageException("Only one format can write to standard output; give the others an --output file.");
        }
        var twice = targets.Where(t => t.Path is not null).GroupBy(t => Path.GetFullPath(t.Path!)).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new UsageException($"--output {twice.First().Path} is given more than once.");
        return targets;
    }

    /// <summary>The format an output file's extension names; a usage error when it names none.</summary>
    private static string FormatOf(string path)
    {
        foreach (var (extension, format) in Extensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) return format;
        }
        throw new UsageException(
            $"Cannot tell the format of --output {path} from its extension; name it .sarif, .json, .html, .md or .txt, or put --format FORMAT before it ({string.Join(", ", ReportWriters.Formats)}).");
    }
}
