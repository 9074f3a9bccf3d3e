using System.Globalization;
using System.Text.Json;
using IacLint.Engine;
using IacLint.Findings;
using IacLint.Rules;

namespace IacLint.Reporting.Sarif;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning and IDEs: full rule metadata with <c>security-severity</c>, relative URIs
/// under <c>%SRCROOT%</c>, logical and related locations, <c>partialFingerprints</c>, suppressions and baseline states.
/// </summary>
public sealed class SarifWriter : IReportWriter
{
    public const string SourceRootId = "%SRCROOT%";

    public string Format => "sarif";

    public void Write(ScanResult result, TextWriter output, WriterOptions options)
    {
        var log = Build(result);
        using (var stream = new TextWriterStream(output))
        using (var writer = new Utf8JsonWriter(stream, WriterOptionsOf(SarifJsonContext.Default.Options)))
        {
            // A writer over the stream rather than the serializer's own buffer: the results converter flushes each
            // batch it writes.
            JsonSerializer.Serialize(writer, log, SarifJsonContext.Default.SarifLog);
        }
        output.WriteLine();
    }

    /// <summary>The writer options the serializer itself would use with these options.</summary>
    internal static JsonWriterOptions WriterOptionsOf(JsonSerializerOptions options) => new()
    {
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        Encoder = options.Encoder,
        MaxDepth = options.MaxDepth,
    };

    public static SarifLog Build(ScanResult result)
    {
        var descriptors = result.Rules.ToList();
        var described = descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var finding in result.Findings.Concat(result.AbsentFindings))
        {
            if (described.Add(finding.Rule.Id)) descriptors.Add(finding.Rule);
        }
        descriptors.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var ruleIndex = descriptors.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var sourceRoot = SourceRoot.Of(result.Root);
        var locations = new PhysicalLocations(sourceRoot);
        var excerpts = result.Excerpts ?? CodeExcerpts.FromFiles(result);

        var run = new SarifRun
        {
            Tool = new SarifTool
            {
                Driver = new SarifToolComponent
                {
                    Name = ToolInfo.Name,
                    FullName = ToolInfo.FullName,
                    Version = ToolInfo.Version,
                    SemanticVersion = ToolInfo.Version,
                    InformationUri = ToolInfo.InformationUri,
                    Rules = descriptors.Select(ToDescriptor).ToList(),
                },
            },
            AutomationDetails = new SarifAutomationDetails { Id = "iaclint/" + result.StartTime.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) },
            OriginalUriBaseIds = new Dictionary<string, SarifArtifactLocation>
            {
                [SourceRootId] = new()
                {
                    Uri = new Uri(sourceRoot.Folder.TrimEnd('/') + "/").AbsoluteUri,
                    Description = new SarifMessage { Text = sourceRoot.Description },
                },
            },
            Invocations =
            [
                new SarifInvocation
                {
                    ExecutionSuccessful = result.ConfigErrors.Count == 0,
                    StartTimeUtc = Timestamp(result.StartTime),
                    EndTimeUtc = Timestamp(result.EndTime),
                    ToolExecutionNotifications = Notifications(result),
                },
            ],
            Results = Results(result, ruleIndex, locations, excerpts),
            Properties = new SarifRunProperties { IacLintScope = Scope(result), IacLintDrift = Drift(result.Drift, locations) },
        };
        return new SarifLog { Runs = [run] };
    }

    /// <summary>The results in the findings' order, built on both cores (each reads and masks its excerpt).</summary>
    private static List<SarifResult> Results(ScanResult result, Dictionary<string, int> ruleIndex, PhysicalLocations locations, CodeExcerpts excerpts)
    {
        var findings = result.Findings.Concat(result.AbsentFindings).ToList();
        var results = new SarifResult[findings.Count];
        Parallel.For(0, findings.Count, i =>
        {
            var f = findings[i];
            results[i] = ToResult(f, ruleIndex[f.Rule.Id], result.HasBaseline, locations, f.BaselineState == BaselineState.Absent ? null : excerpts.Around(f.Location));
        });
        return [.. results];
    }

    private static SarifReportingDescriptor ToDescriptor(RuleDescriptor rule)
    {
        var tags = rule.Tags.ToList();
        if (rule.Cwe is not null) tags.Add("external/cwe/" + rule.Cwe.ToLowerInvariant());
        return new SarifReportingDescriptor
        {
            Id = rule.Id,
            Name = PascalCase(rule.Name),
            ShortDescription = new SarifMessage { Text = rule.Title },
            FullDescription = new SarifMessage { Text = rule.Description },
            Help = new SarifMultiformatMessage { Text = rule.HelpText, Markdown = rule.HelpMarkdown },
            HelpUri = rule.HelpUri,
            DefaultConfiguration = new SarifReportingConfiguration { Level = rule.DefaultLevel.ToName() },
            Properties = new SarifPropertyBag
            {
                Tags = tags,
                Precision = rule.Precision switch
                {
                    Precision.VeryHigh => "very-high",
                    Precision.High => "high",
                    Precision.Medium => "medium",
                    _ => "low",
                },
                ProblemSeverity = rule.DefaultLevel switch
                {
                    Level.Error => "error",
                    Level.Warning => "warning",
                    _ => "recommendation",
                },
                SecuritySeverity = rule.SecuritySeverity?.ToString("0.0", CultureInfo.InvariantCulture),
                EquivalentIds = rule.Equivalents.Count > 0 ? rule.Equivalents.ToList() : null,
            },
        };
    }

    private static SarifScope Scope(ScanResult result) => new()
    {
        Commit = result.Scope.Git?.Commit,
        Branch = result.Scope.Git?.Branch,
        PathInRepository = result.Scope.Git?.PathInRepository,
        FilesScanned = result.FilesScanned,
        FilesByFamily = result.Scope.FilesByFamily.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal),
        Environments = [.. result.Scope.Environments],
        DisabledRules = [.. result.Scope.DisabledRules],
        ExpectedDrift = [.. result.Scope.ExpectedDrift],
        ConfigFile = result.Scope.ConfigFile,
        RuleCoverage = result.Scope.Rules.ToDictionary(r => r.RuleId, r => r.Checked, StringComparer.Ordinal),
        AreaCoverage = result.Scope.Areas.Select(a => new SarifAreaCoverage { Area = a.Area, Rules = a.Rules, Checked = a.Checked }).ToList(),
    };

    private static SarifDrift Drift(Drift.DriftResult drift, PhysicalLocations locations) => new()
    {
        Pairs = drift.Pairs.Select(p => new SarifDriftPair { From = p.From, To = p.To }).ToList(),
        Compared = drift.Compared,
        Differences = drift.Differences.Select(d => new SarifDriftDifference
        {
            Kind = d.Kind.ToString(),
            Family = d.Family.ToString(),
            Group = d.Group,
            Key = d.Key,
            From = d.From,
            To = d.To,
            FromValue = d.FromValue,
            ToValue = d.ToValue,
            FromLocation = d.FromElement is { } from ? locations.Of(from.Location) : null,
            ToLocation = d.ToElement is { } to ? locations.Of(to.Location) : null,
            Expected = d.Expected,
            Detail = d.Detail,
        }).ToList(),
    };

    private static SarifResult ToResult(Finding finding, int ruleIndex, bool hasBaseline, PhysicalLocations locations, CodeExcerpt? excerpt)
    {
        var physical = locations.Of(finding.Location);
        var context = excerpt is null ? null : new SarifContextRegion
        {
            StartLine = excerpt.FirstLine,
            EndLine = excerpt.FirstLine + excerpt.Lines.Count - 1,
            Snippet = new SarifArtifactContent { Text = string.Join('\n', excerpt.Lines) },
        };
        // SARIF requires the context region to contain the region: a finding on a long block keeps its excerpt
        // in IacLint's own property instead.
        var fits = context is not null && context.EndLine >= physical.Region!.EndLine;
        var location = new SarifLocation
        {
            PhysicalLocation = fits ? new SarifPhysicalLocation { ArtifactLocation = physical.ArtifactLocation, Region = physical.Region, ContextRegion = context } : physical,
            LogicalLocations = finding.LogicalLocation is { } logical
                ? [new SarifLogicalLocation { FullyQualifiedName = logical.FullyQualifiedName, Kind = logical.Kind }]
                : null,
        };
        return new SarifResult
        {
            RuleId = finding.Rule.Id,
            RuleIndex = ruleIndex,
            Level = finding.Level.ToName(),
            Message = new SarifMessage { Text = finding.Message },
            Locations = [location],
            RelatedLocations = finding.RelatedLocations.Count == 0
                ? null
                : finding.RelatedLocations.Select((r, i) => new SarifLocation
                {
                    Id = i + 1,
                    PhysicalLocation = locations.Of(r.Location),
                    Message = new SarifMessage { Text = r.Label },
                }).ToList(),
            PartialFingerprints = new Dictionary<string, string> { [Fingerprints.Key] = finding.Fingerprint },
            Suppressions = finding.Suppression is { } s
                ? [new SarifSuppression { Kind = "inSource", Status = "accepted", Justification = s.Expires is { } e ? $"{s.Justification} (until {e:yyyy-MM-dd})" : s.Justification }]
                : null,
            BaselineState = hasBaseline
                ? finding.BaselineState switch
                {
                    BaselineState.Unchanged => "unchanged",
                    BaselineState.Absent => "absent",
                    _ => "new",
                }
                : null,
            Properties = finding.Environment is null && (fits || context is null)
                ? null
                : new SarifPropertyBag { Environment = finding.Environment, IacLintExcerpt = fits ? null : context },
        };
    }

    /// <summary>Physical locations under <c>%SRCROOT%</c>. Results are built on both cores and many share a file: each
    /// file's escaped URI is made once.</summary>
    private sealed class PhysicalLocations(SourceRoot sourceRoot)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SarifArtifactLocation> _artifacts = new(StringComparer.Ordinal);

        public SarifPhysicalLocation Of(Location location) => new()
        {
            ArtifactLocation = _artifacts.GetOrAdd(location.Path,
                static (path, folder) => new SarifArtifactLocation { Uri = RelativeUri(folder + path), UriBaseId = SourceRootId }, sourceRoot.AuditedFolder),
            Region = new SarifRegion
            {
                StartLine = Math.Max(1, location.Span.StartLine),
                StartColumn = Math.Max(1, location.Span.StartColumn),
                EndLine = Math.Max(location.Span.StartLine, location.Span.EndLine),
                EndColumn = Math.Max(1, location.Span.EndColumn),
            },
        };
    }

    private static List<SarifNotification>? Notifications(ScanResult result)
    {
        var list = result.ConfigErrors.Select(e => new SarifNotification
        {
            Level = "error",
            Message = new SarifMessage { Text = $"{e.Path}({e.Line},{e.Column}): {e.Message}" },
        }).Concat(result.Notifications.Select(n => new SarifNotification
        {
            Level = n.Level.ToName(),
            Message = new SarifMessage { Text = n.Path is null ? n.Message : $"{n.Path}: {n.Message}" },
        })).ToList();
        return list.Count == 0 ? null : list;
    }

    /// <summary>A relative URI reference: each path segment percent-encoded, separators kept.</summary>
    public static string RelativeUri(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static string PascalCase(string kebab) =>
        string.Concat(kebab.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
}
