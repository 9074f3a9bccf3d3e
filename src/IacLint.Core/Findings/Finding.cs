using IacLint.Rules;
using IacLint.Syntax;

namespace IacLint.Findings;

/// <summary>A place in a file. <see cref="Path"/> is relative to the scan root with forward slashes.</summary>
public sealed record Location(string Path, SourceSpan Span);

/// <summary>A secondary place that explains a finding (the base file a value came from, the staging side of a
/// drift, a module call site), with a short label.</summary>
public sealed record RelatedLocation(Location Location, string Label);

/// <summary>What a finding is about, independent of lines: a configuration key path, a resource address, an object.
/// Fingerprints are built from this so they survive inserted lines.</summary>
/// <param name="Kind">SARIF logical location kind, e.g. <c>member</c> (a config key), <c>resource</c>, <c>object</c>.</param>
public sealed record LogicalLocation(string FullyQualifiedName, string Kind);

public enum BaselineState
{
    None,
    New,
    Unchanged,
    Absent,
}

/// <summary>Why a finding is suppressed and until when.</summary>
/// <param name="Source">Where the decision is written, e.g. <c>appsettings.json:12</c>.</param>
public sealed record Suppression(string Justification, DateOnly? Expires, string Source);

/// <summary>
/// One result of an audit. Messages name keys and resources, never secret values.
/// </summary>
public sealed record Finding(
    RuleDescriptor Rule,
    Level Level,
    string Message,
    Location Location,
    LogicalLocation? LogicalLocation = null,
    IReadOnlyList<RelatedLocation>? Related = null,
    string? Environment = null)
{
    public IReadOnlyList<RelatedLocation> RelatedLocations => Related ?? [];

    public Suppression? Suppression { get; init; }

    public BaselineState BaselineState { get; init; }

    /// <summary>Stable identity across runs; set by the engine (see <see cref="Fingerprints"/>).</summary>
    public string Fingerprint { get; init; } = "";

    public bool IsSuppressed => Suppression is not null;

    /// <summary>The configuration the finding was found in when one place is audited in several (a Terraform root
    /// module folder for a shared module's resource); null where a place has one configuration only.</summary>
    public string? Scope { get; init; }

    /// <summary>When several configurations fail at this one place (see <see cref="PlaceMerger"/>), each of them;
    /// null for a finding of one configuration.</summary>
    public IReadOnlyList<FindingInstance>? Instances { get; init; }
}
