using IacLint.AppConfig;
using IacLint.Findings;
using IacLint.Syntax;

namespace IacLint.Reporting;

/// <summary>Lines of a file around a finding; <see cref="FirstLine"/> is the 1-based number of the first.</summary>
public sealed record CodeExcerpt(int FirstLine, IReadOnlyList<string> Lines);

/// <summary>
/// The code around findings for the audit report, with every value that may be a secret replaced: values of keys
/// that name a credential, connection strings that carry one, a Kubernetes <c>value:</c> under such a <c>name:</c>,
/// and the lines that secret findings and secret drift elements point at. Excerpts come from the files under the
/// scan root, or from the snippets of a SARIF file when a report is rebuilt from one.
/// </summary>
public sealed class CodeExcerpts
{
    public const int ContextLines = 2;
    private const int MaxLineLength = 400;
    private const string Masked = Drift.DriftAnalyzer.Masked;

    private readonly string? _root;
    private readonly IReadOnlyDictionary<string, SourceText> _sources;
    private readonly IReadOnlyDictionary<(string Path, int Line), CodeExcerpt> _snippets;
    private readonly HashSet<(string Path, int Line)> _secretLines;
    // Reports build their results on both cores: a file the scan did not keep is read once, by whichever result
    // needs it first.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<SourceText?>> _files = new(StringComparer.Ordinal);

    private CodeExcerpts(string? root, IReadOnlyDictionary<string, SourceText> sources, IReadOnlyDictionary<(string, int), CodeExcerpt> snippets,
        HashSet<(string, int)> secretLines)
    {
        _root = root;
        _sources = sources;
        _snippets = snippets;
        _secretLines = secretLines;
    }

    /// <summary>Excerpts read from the scanned files, masking the lines the result knows hold secrets.</summary>
    public static CodeExcerpts FromFiles(Engine.ScanResult result)
    {
        var secretLines = new HashSet<(string, int)>();
        foreach (var finding in result.Findings)
        {
            if (finding.Rule.Area != Rules.AuditArea.Secrets) continue;
            for (var line = finding.Location.Span.StartLine; line <= Math.Max(finding.Location.Span.StartLine, finding.Location.Span.EndLine); line++)
            {
                secretLines.Add((finding.Location.Path, line));
            }
        }
        foreach (var difference in result.Drift.Differences)
        {
            foreach (var element in new[] { difference.FromElement, difference.ToElement })
            {
                if (element is { IsSecret: true }) secretLines.Add((element.Location.Path, element.Location.Span.StartLine));
            }
        }
        return new CodeExcerpts(result.Root, result.Sources, new Dictionary<(string, int), CodeExcerpt>(), secretLines);
    }

    /// <summary>Excerpts a SARIF file carried (already masked), keyed by file and the finding's start line.</summary>
    public static CodeExcerpts FromSnippets(IReadOnlyDictionary<(string Path, int Line), CodeExcerpt> snippets) => new(null, new Dictionary<string, SourceText>(), snippets, []);

    /// <summary>The lines around a location, masked; null when the file cannot be read.</summary>
    public CodeExcerpt? Around(Location location)
    {
        var start = Math.Max(1, location.Span.StartLine);
        if (_snippets.TryGetValue((location.Path, start), out var snippet)) return snippet;
        if (_root is null) return null;
        var source = _sources.GetValueOrDefault(location.Path)
            ?? _files.GetOrAdd(location.Path, path => new Lazy<SourceText?>(() => Read(path, Path.Combine(_root, path)))).Value;
        if (source is null) return null;
        // Lines as File.ReadAllLines counts them: a line break ending the text starts no line.
        var lineCount = source.Length == 0 ? 0 : source.EndsWithLineBreak ? source.LineCount - 1 : source.LineCount;
        if (start > lineCount) return null;
        var end = Math.Min(lineCount, Math.Max(start, location.Span.EndLine));
        // A finding on a whole block shows its first lines only.
        end = Math.Min(end, start + 8);
        var first = Math.Max(1, start - ContextLines);
        var last = Math.Min(lineCount, end + ContextLines);
        var excerpt = new List<string>(last - first + 1);
        var previous = first > 1 ? source.LineText(first - 1) : null;
        for (var n = first; n <= last; n++)
        {
            var line = source.LineText(n);
            var text = _secretLines.Contains((location.Path, n)) ? MaskValue(line, force: true) : Mask(line, previous);
            previous = line;
            excerpt.Add(text.Length > MaxLineLength ? $"{text[..MaxLineLength]} [{text.Length - MaxLineLength} more characters]" : text);
        }
        return new CodeExcerpt(first, excerpt);
    }

    private static SourceText? Read(string relativePath, string path)
    {
        try
        {
            return File.Exists(path) ? new SourceText(relativePath, File.ReadAllText(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A line with its value masked when its key, its value or the <c>name:</c> line above it says secret.</summary>
    public static string Mask(string line, string? previousLine)
    {
        var (key, valueStart) = Split(line);
        if (key is null) return ConnectionStringSecretIn(line) ? MaskValue(line, force: true) : line;
        var value = line[valueStart..];
        if (SecretDetection.IsSecretKey(key) && !SecretDetection.IsPlaceholder(Unquote(value))) return line[..valueStart] + " " + Masked;
        if (ConnectionStringSecretIn(value)) return line[..valueStart] + " " + Masked;
        if (key.Equals("value", StringComparison.OrdinalIgnoreCase) && previousLine is not null)
        {
            var (previousKey, previousStart) = Split(previousLine);
            if (previousKey is not null && previousKey.Equals("name", StringComparison.OrdinalIgnoreCase) &&
                SecretDetection.IsSecretKey(Unquote(previousLine[previousStart..]).Replace("__", ":", StringComparison.Ordinal)))
            {
                return line[..valueStart] + " " + Masked;
            }
        }
        return line;
    }

    private static string MaskValue(string line, bool force)
    {
        var (key, valueStart) = Split(line);
        if (key is not null) return line[..valueStart] + " " + Masked;
        var indent = line.Length - line.TrimStart().Length;
        return force ? line[..indent] + Masked : line;
    }

    private static bool ConnectionStringSecretIn(string text) => text.Contains('=') && SecretDetection.ConnectionStringSecret(Unquote(text)) is not null;

    /// <summary>The key of a <c>key: value</c> / <c>key = value</c> / <c>"key": value</c> line and where its value
    /// starts (after the separator), or a null key.</summary>
    private static (string? Key, int ValueStart) Split(string line)
    {
        var i = 0;
        while (i < line.Length && (char.IsWhiteSpace(line[i]) || line[i] == '-')) i++;
        var quoted = i < line.Length && line[i] is '"' or '\'';
        var keyStart = quoted ? i + 1 : i;
        int keyEnd;
        if (quoted)
        {
            keyEnd = line.IndexOf(line[i], keyStart);
            if (keyEnd < 0) return (null, 0);
            i = keyEnd + 1;
        }
        else
        {
            while (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] is '_' or '-' or '.')) i++;
            keyEnd = i;
        }
        if (keyEnd <= keyStart) return (null, 0);
        while (i < line.Length && line[i] == ' ') i++;
        if (i >= line.Length || line[i] is not (':' or '=')) return (null, 0);
        return (line[keyStart..keyEnd], i + 1);
    }

    private static string Unquote(string value)
    {
        var v = value.Trim().TrimEnd(',').Trim();
        return v.Length >= 2 && v[0] is '"' or '\'' && v[^1] == v[0] ? v[1..^1] : v;
    }
}
