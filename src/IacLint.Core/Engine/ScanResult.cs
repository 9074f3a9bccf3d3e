using IacLint.Configuration;
using IacLint.Findings;
using IacLint.Rules;

namespace IacLint.Engine;

/// <summary>Something about the run itself rather than a file's content (a symlink not followed, a folder not
/// readable, a baseline problem); SARIF tool execution notifications.</summary>
public sealed record Notification(Level Level, string Message, string? Path = null);

/// <summary>Everything a run produced, in a deterministic order; writers only format this.</summary>
public sealed class ScanResult
{
    /// <summary>The absolute scan root.</summary>
    public required string Root { get; init; }

    public required IacLintConfig Config { get; init; }

    /// <summary>Errors in <c>iaclint.toml</c> or the options; when any, nothing was scanned.</summary>
    public IReadOnlyList<ConfigError> ConfigErrors { get; init; } = [];

    /// <summary>Findings sorted by file, position and rule, with fingerprints, suppression and baseline state.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Findings of the baseline that are no longer present (empty without a baseline).</summary>
    public IReadOnlyList<Finding> AbsentFindings { get; init; } = [];

    public IReadOnlyList<Notification> Notifications { get; init; } = [];

    /// <summary>The rules that ran, with their effective settings.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; init; } = [];

    public int FilesScanned { get; init; }

    /// <summary>What was audited: revision, files per family, environments, configuration, rule coverage.</summary>
    public ScanScope Scope { get; init; } = new();

    /// <summary>Code excerpts carried by a SARIF file this result was read from; null for a scan (the files are read).</summary>
    public Reporting.CodeExcerpts? Excerpts { get; init; }

    /// <summary>The text of each file with findings as the scan read it, by path relative to the root: reports take
    /// their excerpts from it instead of reading the files again.</summary>
    public IReadOnlyDictionary<string, Syntax.SourceText> Sources { get; init; } = new Dictionary<string, Syntax.SourceText>();

    /// <summary>Every difference between the compared environments, the expected ones included.</summary>
    public Drift.DriftResult Drift { get; init; } = new([], []);

    public bool HasBaseline { get; init; }

    public DateTimeOffset StartTime { get; init; }

    public DateTimeOffset EndTime { get; init; }

    public IEnumerable<Finding> Unsuppressed => Findings.Where(f => !f.IsSuppressed);

    /// <summary>Findings that fail the run at the given threshold: unsuppressed, at or above it, and new when a
    /// baseline is used.</summary>
    public IEnumerable<Finding> Failing(Level threshold) =>
        threshold == Level.None
            ? []
            : Unsuppressed.Where(f => f.Level >= threshold && (!HasBaseline || f.BaselineState == BaselineState.New));
}
