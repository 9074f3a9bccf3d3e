using System.Text.Json.Serialization;

namespace IacLint.Reporting.Sarif;

// The parts of SARIF 2.1.0 IacLint writes. Property names follow the specification; null members are omitted.
#pragma warning disable CS1591

public sealed class SarifLog
{
    [JsonPropertyName("$schema")] public string Schema { get; init; } = "https://json.schemastore.org/sarif-2.1.0.json";
    public string Version { get; init; } = "2.1.0";
    public required List<SarifRun> Runs { get; init; }
}

public sealed class SarifRun
{
    public required SarifTool Tool { get; init; }
    public SarifAutomationDetails? AutomationDetails { get; init; }
    public Dictionary<string, SarifArtifactLocation>? OriginalUriBaseIds { get; init; }
    public List<SarifInvocation>? Invocations { get; init; }
    public List<SarifArtifact>? Artifacts { get; init; }
    [JsonConverter(typeof(ParallelArrayConverter<SarifResult>))] public required List<SarifResult> Results { get; init; }
    public string ColumnKind { get; init; } = "utf16CodeUnits";
    public SarifRunProperties? Properties { get; init; }
}

/// <summary>IacLint's own run properties: what the audit report needs beyond results, so <c>iaclint report</c> can
/// rebuild it from the SARIF file alone.</summary>
public sealed class SarifRunProperties
{
    public SarifScope? IacLintScope { get; init; }
    public SarifDrift? IacLintDrift { get; init; }
}

public sealed class SarifScope
{
    public string? Commit { get; init; }
    public string? Branch { get; init; }
    public string? PathInRepository { get; init; }
    public int FilesScanned { get; init; }
    public Dictionary<string, int>? FilesByFamily { get; init; }
    public List<string>? Environments { get; init; }
    public List<string>? DisabledRules { get; init; }
    public List<string>? ExpectedDrift { get; init; }
    public string? ConfigFile { get; init; }
    /// <summary>Elements each rule examined, by rule id.</summary>
    public Dictionary<string, int>? RuleCoverage { get; init; }
    public List<SarifAreaCoverage>? AreaCoverage { get; init; }
}

public sealed class SarifAreaCoverage
{
    public required string Area { get; init; }
    public int Rules { get; init; }
    public int Checked { get; init; }
}

public sealed class SarifDrift
{
    public List<SarifDriftPair>? Pairs { get; init; }
    public int Compared { get; init; }
    [JsonConverter(typeof(ParallelArrayConverter<SarifDriftDifference>))] public List<SarifDriftDifference>? Differences { get; init; }
}

public sealed class SarifDriftPair
{
    public required string From { get; init; }
    public required string To { get; init; }
}

/// <summary>One drift difference; values are masked where secret, as everywhere.</summary>
public sealed class SarifDriftDifference
{
    public required string Kind { get; init; }
    public required string Family { get; init; }
    public required string Group { get; init; }
    public required string Key { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public string? FromValue { get; init; }
    public string? ToValue { get; init; }
    public SarifPhysicalLocation? FromLocation { get; init; }
    public SarifPhysicalLocation? ToLocation { get; init; }
    public bool Expected { get; init; }
    public string? Detail { get; init; }
}

public sealed class SarifTool
{
    public required SarifToolComponent Driver { get; init; }
}

public sealed class SarifToolComponent
{
    public required string Name { get; init; }
    public string? FullName { get; init; }
    public string? Version { get; init; }
    public string? SemanticVersion { get; init; }
    public string? InformationUri { get; init; }
    [JsonConverter(typeof(ParallelArrayConverter<SarifReportingDescriptor>))] public List<SarifReportingDescriptor>? Rules { get; init; }
}

public sealed class SarifReportingDescriptor
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public SarifMessage? ShortDescription { get; init; }
    public SarifMessage? FullDescription { get; init; }
    public SarifMultiformatMessage? Help { get; init; }
    public string? HelpUri { get; init; }
    public SarifReportingConfiguration? DefaultConfiguration { get; init; }
    public SarifPropertyBag? Properties { get; init; }
}

public sealed class SarifReportingConfiguration
{
    public string? Level { get; init; }
}

public sealed class SarifPropertyBag
{
    public List<string>? Tags { get; init; }
    public string? Precision { get; init; }
    [JsonPropertyName("problem.severity")] public string? ProblemSeverity { get; init; }
    [JsonPropertyName("security-severity")] public string? SecuritySeverity { get; init; }
    public List<string>? EquivalentIds { get; init; }
    public string? Environment { get; init; }
    /// <summary>The code excerpt of a result whose region is longer than the excerpt, which therefore cannot be a
    /// context region (SARIF requires that to contain the region).</summary>
    public SarifContextRegion? IacLintExcerpt { get; init; }
}

public sealed class SarifMessage
{
    public required string Text { get; init; }
}

public sealed class SarifMultiformatMessage
{
    public required string Text { get; init; }
    public string? Markdown { get; init; }
}

public sealed class SarifAutomationDetails
{
    public string? Id { get; init; }
}

public sealed class SarifArtifactLocation
{
    public string? Uri { get; init; }
    public string? UriBaseId { get; init; }
    public SarifMessage? Description { get; init; }
}

public sealed class SarifArtifact
{
    public required SarifArtifactLocation Location { get; init; }
}

public sealed class SarifInvocation
{
    public bool ExecutionSuccessful { get; init; }
    public string? StartTimeUtc { get; init; }
    public string? EndTimeUtc { get; init; }
    public List<SarifNotification>? ToolExecutionNotifications { get; init; }
}

public sealed class SarifNotification
{
    public required SarifMessage Message { get; init; }
    public string? Level { get; init; }
    public List<SarifLocation>? Locations { get; init; }
}

public sealed class SarifResult
{
    public required string RuleId { get; init; }
    public int RuleIndex { get; init; }
    public required string Level { get; init; }
    public required SarifMessage Message { get; init; }
    public required List<SarifLocation> Locations { get; init; }
    public List<SarifLocation>? RelatedLocations { get; init; }
    public Dictionary<string, string>? PartialFingerprints { get; init; }
    public List<SarifSuppression>? Suppressions { get; init; }
    public string? BaselineState { get; init; }
    public SarifPropertyBag? Properties { get; init; }
}

public sealed class SarifLocation
{
    public int? Id { get; init; }
    public SarifPhysicalLocation? PhysicalLocation { get; init; }
    public List<SarifLogicalLocation>? LogicalLocations { get; init; }
    public SarifMessage? Message { get; init; }
}

public sealed class SarifPhysicalLocation
{
    public required SarifArtifactLocation ArtifactLocation { get; init; }
    public SarifRegion? Region { get; init; }
    public SarifContextRegion? ContextRegion { get; init; }
}

/// <summary>The lines around a result, with their text (secrets masked), for viewers and rebuilt reports.</summary>
public sealed class SarifContextRegion
{
    public int StartLine { get; init; }
    public int EndLine { get; init; }
    public SarifArtifactContent? Snippet { get; init; }
}

public sealed class SarifArtifactContent
{
    public string? Text { get; init; }
}

public sealed class SarifRegion
{
    public int StartLine { get; init; }
    public int StartColumn { get; init; }
    public int EndLine { get; init; }
    public int EndColumn { get; init; }
}

public sealed class SarifLogicalLocation
{
    public string? FullyQualifiedName { get; init; }
    public string? Kind { get; init; }
}

public sealed class SarifSuppression
{
    public required string Kind { get; init; }
    public string? Status { get; init; }
    public string? Justification { get; init; }
    public SarifLocation? Location { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(SarifLog))]
[JsonSerializable(typeof(SarifResult))]
[JsonSerializable(typeof(List<SarifResult>))]
[JsonSerializable(typeof(SarifReportingDescriptor))]
[JsonSerializable(typeof(List<SarifReportingDescriptor>))]
internal sealed partial class SarifJsonContext : JsonSerializerContext;
