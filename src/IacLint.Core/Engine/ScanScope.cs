namespace IacLint.Engine;

/// <summary>The commit and branch of the repository the scanned folder belongs to.</summary>
/// <param name="Branch">Null when HEAD is detached.</param>
/// <param name="PathInRepository">The scanned folder relative to the repository's top ("" at the top, '/'-separated).</param>
public sealed record GitRevision(string Commit, string? Branch, string PathInRepository = "");

/// <summary>How many elements (resources, objects, files, compared keys) one rule examined.</summary>
public sealed record RuleCoverage(string RuleId, int Checked);

/// <summary>An audit area's rules that ran and the distinct elements they examined, so an area without findings
/// reads "checked, clean" rather than "not checked".</summary>
public sealed record AreaCoverage(string Area, int Rules, int Checked);

/// <summary>What a run audited: an audit report's scope section, carried through SARIF so a report rebuilt from a
/// SARIF file says the same.</summary>
public sealed record ScanScope
{
    public GitRevision? Git { get; init; }

    /// <summary>Audited files by family name (terraform, kubernetes, appsettings, …).</summary>
    public IReadOnlyDictionary<string, int> FilesByFamily { get; init; } = new Dictionary<string, int>();

    /// <summary>Environments found, normalised (staging, production, …), in name order.</summary>
    public IReadOnlyList<string> Environments { get; init; } = [];

    /// <summary>Rules turned off in the configuration.</summary>
    public IReadOnlyList<string> DisabledRules { get; init; } = [];

    /// <summary>Declared expected drift globs.</summary>
    public IReadOnlyList<string> ExpectedDrift { get; init; } = [];

    /// <summary>The configuration file used (relative when under the root), or null for the defaults.</summary>
    public string? ConfigFile { get; init; }

    public IReadOnlyList<RuleCoverage> Rules { get; init; } = [];

    public IReadOnlyList<AreaCoverage> Areas { get; init; } = [];
}
