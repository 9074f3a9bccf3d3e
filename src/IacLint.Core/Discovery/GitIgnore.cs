namespace IacLint.Discovery;

/// <summary>
/// The rules of one <c>.gitignore</c> file, applied to paths below the folder that holds it: comments, escapes,
/// negation with <c>!</c>, directory-only patterns ending in <c>/</c>, anchored patterns (a <c>/</c> at the start or in
/// the middle) and <c>**</c>.
/// </summary>
public sealed class GitIgnore
{
    private readonly List<Rule> _rules;

    private GitIgnore(string directory, List<Rule> rules)
    {
        Directory = directory;
        _rules = rules;
    }

    /// <summary>The folder the file sits in, relative to the scan root ("" for the root).</summary>
    public string Directory { get; }

    public static GitIgnore Parse(string directory, string content)
    {
        var rules = new List<Rule>();
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            line = TrimTrailingUnescapedSpaces(line);
            if (line.Length == 0 || line[0] == '#') continue;
            var negate = false;
            if (line[0] == '!')
            {
                negate = true;
                line = line[1..];
            }
            else if (line.StartsWith("\\!", StringComparison.Ordinal) || line.StartsWith("\\#", StringComparison.Ordinal))
            {
                line = line[1..];
            }
            var directoryOnly = line.EndsWith('/');
            if (directoryOnly) line = line.TrimEnd('/');
            if (line.Length == 0) continue;
            var anchored = line.Contains('/');
            line = line.TrimStart('/');
            var segments = line.Split('/');
            if (!anchored) segments = ["**", .. segments];
            rules.Add(new Rule(Glob.FromSegments(rawLine, segments), negate, directoryOnly));
        }
        return new GitIgnore(directory, rules);
    }

    /// <summary>
    /// Whether this file decides the path: <c>true</c> ignored, <c>false</c> re-included by a negation, <c>null</c> no
    /// pattern matched. The last matching pattern wins, as in git.
    /// </summary>
    public bool? Decide(string relativeToRoot, bool isDirectory)
    {
        string relative;
        if (Directory.Length == 0)
        {
            relative = relativeToRoot;
        }
        else
        {
            if (!relativeToRoot.StartsWith(Directory + "/", StringComparison.Ordinal)) return null;
            relative = relativeToRoot[(Directory.Length + 1)..];
        }
        var segments = relative.Split('/');
        for (var i = _rules.Count - 1; i >= 0; i--)
        {
            var rule = _rules[i];
            if (rule.DirectoryOnly && !isDirectory) continue;
            if (rule.Glob.IsMatch(segments)) return !rule.Negate;
        }
        return null;
    }

    private static string TrimTrailingUnescapedSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\')) end--;
        return line[..end].Replace("\\ ", " ", StringComparison.Ordinal);
    }

    private sealed record Rule(Glob Glob, bool Negate, bool DirectoryOnly);
}
