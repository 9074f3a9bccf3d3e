using System.CommandLine;
using System.CommandLine.Parsing;
using IacLint.Reporting;

namespace IacLint.Cli.Commands;

/// <summary>A format and where it goes (null: standard output).</summary>
internal sealed record OutputTarget(IReportWriter Writer, string? Path);

/// <summary>
/// Pairs each <c>--output</c> with the <c>--format</c> before it, in command-line order, so
/// <c>--format sarif --output a.sarif --format console</c> writes SARIF to a file and the console view to the terminal.
/// </summary>
internal static class OutputTargets
{
    public static IReadOnlyList<OutputTarget> From(ParseResult parseResult, Option<string[]> format, Option<string[]> output, string defaultFormat)
    {
        var pairs = new List<(string Format, string? Path)>();
        var tokens = parseResult.Tokens;
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            var token = tokens[i];
            if (token.Type != TokenType.Option) continue;
            var value = tokens[i + 1].Value;
            if (format.Name == token.Value || format.Aliases.Contains(token.Value))
            {
                pairs.Add((value, null));
            }
            else if (output.Name == token.Value || output.Aliases.Contains(token.Value))
            {
                if (pairs.Count == 0)
                {
                    if (parseResult.GetValue(format) is { Length: > 0 }) throw new UsageException("--output must follow the --format it belongs to.");
                    pairs.Add((defaultFormat, value));
                }
                else if (pairs[^1].Path is not null)
                {
                    throw new UsageException($"--format {pairs[^1].Format} already has an --output; give each --output its own --format.");
                }
                else
                {
                    pairs[^1] = (pairs[^1].Format, value);
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
        return targets;
    }
}
