using IacLint.AppConfig;
using IacLint.Findings;

namespace IacLint.Rules.AppConfig;

/// <summary>IAC5006: an environment file sets a key or section that the base file does not have (often a typo).</summary>
public sealed class OverrideWithoutBaseKey : IAppSettingsRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC5006",
        Name: "override-without-base-key",
        Title: "Environment file sets a key the base file does not have",
        Description: "`appsettings.{Environment}.json` sets a key or section that `appsettings.json` does not define. Environment files usually override base keys; a new name is often a misspelling that silently overrides nothing. A name within one or two edits of a base key is reported as a warning with the likely spelling; any other new key as a note.",
        Why: "Configuration binding is case-insensitive but spelling-sensitive: `Loging:LogLevel` in the production file leaves the base `Logging` settings in force, and nothing reports it (see dotnet/aspnetcore#11709).",
        HowToFix: "Correct the key to match the base file, or add the key to `appsettings.json` with its default so every environment documents it.",
        Example: """
            `appsettings.json`:
            ```json
            { "Logging": { "LogLevel": { "Default": "Information" } } }
            ```
            `appsettings.Production.json`:
            ```json
            { "Loging": { "LogLevel": { "Default": "Warning" } } }
            ```
            `Loging` is reported; rename it to `Logging`.
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "appsettings", "typo"],
        Area: AuditArea.Config,
        Precision: Precision.Medium);

    public IEnumerable<Finding> Analyze(AppSettingsGroup group)
    {
        if (group.Base is null) yield break;
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in group.Base.Entries)
        {
            var key = entry.Key;
            known.Add(key);
            for (var colon = key.LastIndexOf(':'); colon > 0; colon = key.LastIndexOf(':', colon - 1))
            {
                if (!known.Add(key[..colon])) break;
            }
        }
        foreach (var file in group.EnvironmentFiles)
        {
            var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in file.Entries)
            {
                var missing = FirstMissingPrefix(entry.Key, known);
                if (missing is null || !reported.Add(missing)) continue;
                var colon = missing.LastIndexOf(':');
                var segment = missing[(colon + 1)..];
                // Adding array items is legitimate; only named keys can be misspelt.
                if (int.TryParse(segment, out _)) continue;
                var location = new Location(file.Source.Path, KeySpanOf(file, missing) ?? entry.KeySpan);
                var parent = colon < 0 ? null : missing[..colon];
                var suggestion = ClosestSibling(group.Base, parent, segment);
                if (suggestion is not null)
                {
                    yield return this.Finding(
                        $"'{missing}' is set in {file.FileName} but {group.Base.FileName} has no such key; did you mean '{suggestion}'?",
                        location, RuleExtensions.ConfigKey(missing), environment: file.Environment);
                }
                else
                {
                    // A key only one environment needs is common (DetailedErrors in Development); say so quietly.
                    yield return this.Finding(
                        $"'{missing}' is set in {file.FileName} but {group.Base.FileName} has no such key or section; add it to the base file with its default, or check the spelling.",
                        location, RuleExtensions.ConfigKey(missing), environment: file.Environment) with { Level = Level.Note };
                }
            }
        }
    }

    /// <summary>A key of the base file beside <paramref name="segment"/> that differs by at most two edits, or only
    /// in separators: the likely intended spelling.</summary>
    private static string? ClosestSibling(AppSettingsFile baseFile, string? parent, string segment)
    {
        var prefix = parent is null ? "" : parent + ":";
        string? best = null;
        var bestDistance = int.MaxValue;
        var typed = Normalize(segment);
        var limit = segment.Length >= 8 ? 2 : segment.Length >= 4 ? 1 : 0;
        foreach (var entry in baseFile.Entries)
        {
            if (!entry.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = entry.Key.AsSpan(prefix.Length);
            var end = rest.IndexOf(':');
            var sibling = (end < 0 ? rest : rest[..end]).ToString();
            var normalized = Normalize(sibling);
            // Names whose lengths differ by more than the limit are further apart than it: not worth the table.
            if (Math.Abs(normalized.Length - typed.Length) > limit) continue;
            var distance = Configuration.Spelling.EditDistance(normalized, typed);
            if (distance <= limit && distance < bestDistance)
            {
                best = sibling;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static string Normalize(string key) =>
        key.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal)
            .Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();

    private static string? FirstMissingPrefix(string key, HashSet<string> known)
    {
        var colon = key.IndexOf(':');
        while (true)
        {
            var prefix = colon < 0 ? key : key[..colon];
            if (!known.Contains(prefix)) return prefix;
            if (colon < 0) return null;
            colon = key.IndexOf(':', colon + 1);
        }
    }

    /// <summary>The span of the property that introduces <paramref name="path"/> in the file's tree.</summary>
    private static Syntax.SourceSpan? KeySpanOf(AppSettingsFile file, string path)
    {
        var node = file.Document.Root;
        Syntax.SourceSpan? span = null;
        foreach (var segment in path.Split(':'))
        {
            switch (node)
            {
                case Syntax.DataObject obj when obj.Find(segment, StringComparison.OrdinalIgnoreCase) is { } property:
                    span = property.NameSpan;
                    node = property.Value;
                    break;
                case Syntax.DataArray array when int.TryParse(segment, out var index) && index < array.Items.Count:
                    node = array.Items[index];
                    span = node.Span;
                    break;
                default:
                    return span;
            }
        }
        return span;
    }
}
