namespace IacLint.Discovery;

/// <summary>
/// A path glob in the gitignore dialect: <c>*</c> and <c>?</c> within a segment, <c>[a-z]</c> and <c>[!a-z]</c>
/// classes, <c>**</c> for any number of segments. Matching works on '/'-separated relative paths without regex, so it
/// can run for every file of a large tree.
/// </summary>
public sealed class Glob
{
    private readonly string[] _segments;

    private Glob(string pattern, string[] segments, bool ignoreCase)
    {
        Pattern = pattern;
        _segments = segments;
        IgnoreCase = ignoreCase;
    }

    public string Pattern { get; }

    public bool IgnoreCase { get; }

    /// <summary>A glob matched against the whole path (e.g. <c>src/**/*.json</c>). A pattern without '/' matches the file
    /// name at any depth, as users expect from <c>--exclude '*.Development.json'</c>.</summary>
    public static Glob Parse(string pattern, bool ignoreCase = false)
    {
        var normalized = pattern.Replace('\\', '/').Trim();
        if (normalized.StartsWith("./", StringComparison.Ordinal)) normalized = normalized[2..];
        normalized = normalized.TrimStart('/');
        if (normalized.EndsWith('/')) normalized += "**";
        if (!normalized.Contains('/')) normalized = "**/" + normalized;
        return new Glob(pattern, normalized.Split('/'), ignoreCase);
    }

    /// <summary>A glob whose segments are taken as given (used by gitignore, which decides anchoring itself).</summary>
    internal static Glob FromSegments(string pattern, string[] segments) => new(pattern, segments, false);

    public bool IsMatch(string relativePath) => MatchSegments(_segments, 0, relativePath.Split('/'), 0, IgnoreCase);

    internal bool IsMatch(string[] pathSegments) => MatchSegments(_segments, 0, pathSegments, 0, IgnoreCase);

    private static bool MatchSegments(string[] pattern, int p, string[] path, int s, bool ignoreCase)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == "**")
            {
                // Collapse runs of ** and try every split point.
                while (p < pattern.Length && pattern[p] == "**") p++;
                if (p == pattern.Length) return true;
                for (var k = s; k < path.Length; k++)
                {
                    if (MatchSegments(pattern, p, path, k, ignoreCase)) return true;
                }
                return false;
            }
            if (s >= path.Length || !MatchSegment(pattern[p], path[s], ignoreCase)) return false;
            p++;
            s++;
        }
        return s == path.Length;
    }

    /// <summary>Matches one segment with *, ? and [...] by iterative backtracking over the last '*'.</summary>
    internal static bool MatchSegment(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text, bool ignoreCase)
    {
        int p = 0, t = 0, starP = -1, starT = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length)
            {
                var pc = pattern[p];
                if (pc == '*')
                {
                    starP = ++p;
                    starT = t;
                    continue;
                }
                if (pc == '?')
                {
                    p++;
                    t++;
                    continue;
                }
                if (pc == '[')
                {
                    var consumed = MatchClass(pattern[p..], text[t], ignoreCase);
                    if (consumed > 0)
                    {
                        p += consumed;
                        t++;
                        continue;
                    }
                }
                else
                {
                    var escaped = pc == '\\' && p + 1 < pattern.Length;
                    var literal = escaped ? pattern[p + 1] : pc;
                    if (CharEquals(literal, text[t], ignoreCase))
                    {
                        p += escaped ? 2 : 1;
                        t++;
                        continue;
                    }
                }
            }
            if (starP < 0) return false;
            p = starP;
            t = ++starT;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }

    /// <summary>Returns how many pattern characters the class used when it matches <paramref name="c"/>, else 0.</summary>
    private static int MatchClass(ReadOnlySpan<char> pattern, char c, bool ignoreCase)
    {
        var i = 1;
        var negate = i < pattern.Length && (pattern[i] == '!' || pattern[i] == '^');
        if (negate) i++;
        var matched = false;
        var first = true;
        while (i < pattern.Length && (pattern[i] != ']' || first))
        {
            first = false;
            var low = pattern[i];
            if (i + 2 < pattern.Length && pattern[i + 1] == '-' && pattern[i + 2] != ']')
            {
                var high = pattern[i + 2];
                if (InRange(c, low, high, ignoreCase)) matched = true;
                i += 3;
            }
            else
            {
                if (CharEquals(low, c, ignoreCase)) matched = true;
                i++;
            }
        }
        if (i >= pattern.Length) return 0; // unterminated class: treat '[' literally by failing the class
        return matched != negate ? i + 1 : 0;
    }

    private static bool InRange(char c, char low, char high, bool ignoreCase) =>
        (c >= low && c <= high) ||
        (ignoreCase && ((char.ToLowerInvariant(c) >= low && char.ToLowerInvariant(c) <= high) ||
                        (char.ToUpperInvariant(c) >= low && char.ToUpperInvariant(c) <= high)));

    private static bool CharEquals(char a, char b, bool ignoreCase) =>
        a == b || (ignoreCase && char.ToLowerInvariant(a) == char.ToLowerInvariant(b));

    public override string ToString() => Pattern;
}
