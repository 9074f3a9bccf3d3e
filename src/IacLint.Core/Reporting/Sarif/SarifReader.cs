using System.Text.Json;

namespace IacLint.Reporting.Sarif;

/// <summary>
/// Reads back the parts of a SARIF log that IacLint uses again: rules (id, help) and results (rule, level, message,
/// primary location, fingerprints, suppressions, baseline state). Used for baselines and by the MSBuild task to
/// re-log an up-to-date audit. It walks a <see cref="JsonDocument"/> rather than deserializing, because the build
/// runs it on every no-change build and the framework's precompiled DOM reader costs far less start-up time.
/// </summary>
public static class SarifReader
{
    /// <summary>The log, or an error message saying why the file cannot be used.</summary>
    public static (SarifLog? Log, string? Error) Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 128 });
            var runs = new List<SarifRun>();
            foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray()) runs.Add(ReadRun(run));
            return (new SarifLog { Runs = runs }, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return (null, e.Message);
        }
    }

    private static SarifRun ReadRun(JsonElement run)
    {
        var driver = run.GetProperty("tool").GetProperty("driver");
        var rules = new List<SarifReportingDescriptor>();
        if (driver.TryGetProperty("rules", out var ruleArray))
        {
            foreach (var rule in ruleArray.EnumerateArray())
            {
                rules.Add(new SarifReportingDescriptor { Id = rule.GetProperty("id").GetString()!, HelpUri = String(rule, "helpUri") });
            }
        }
        var results = new List<SarifResult>();
        if (run.TryGetProperty("results", out var resultArray))
        {
            foreach (var result in resultArray.EnumerateArray()) results.Add(ReadResult(result));
        }
        Dictionary<string, SarifArtifactLocation>? baseIds = null;
        if (run.TryGetProperty("originalUriBaseIds", out var bases) && bases.ValueKind == JsonValueKind.Object)
        {
            baseIds = bases.EnumerateObject().ToDictionary(b => b.Name, b => new SarifArtifactLocation { Uri = String(b.Value, "uri") }, StringComparer.Ordinal);
        }
        return new SarifRun
        {
            Tool = new SarifTool { Driver = new SarifToolComponent { Name = driver.GetProperty("name").GetString()!, Rules = rules } },
            OriginalUriBaseIds = baseIds,
            Results = results,
        };
    }

    private static SarifResult ReadResult(JsonElement result)
    {
        var locations = new List<SarifLocation>();
        if (result.TryGetProperty("locations", out var locationArray))
        {
            foreach (var location in locationArray.EnumerateArray())
            {
                if (!location.TryGetProperty("physicalLocation", out var physical)) continue;
                SarifRegion? region = null;
                if (physical.TryGetProperty("region", out var r))
                {
                    var startLine = Int(r, "startLine", 1);
                    var startColumn = Int(r, "startColumn", 1);
                    region = new SarifRegion
                    {
                        StartLine = startLine,
                        StartColumn = startColumn,
                        EndLine = Int(r, "endLine", startLine),
                        EndColumn = Int(r, "endColumn", startColumn),
                    };
                }
                var artifact = physical.GetProperty("artifactLocation");
                locations.Add(new SarifLocation
                {
                    PhysicalLocation = new SarifPhysicalLocation
                    {
                        ArtifactLocation = new SarifArtifactLocation { Uri = String(artifact, "uri"), UriBaseId = String(artifact, "uriBaseId") },
                        Region = region,
                    },
                });
            }
        }
        Dictionary<string, string>? fingerprints = null;
        if (result.TryGetProperty("partialFingerprints", out var prints))
        {
            fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var print in prints.EnumerateObject()) fingerprints[print.Name] = print.Value.GetString() ?? "";
        }
        List<SarifSuppression>? suppressions = null;
        if (result.TryGetProperty("suppressions", out var suppressionArray))
        {
            suppressions = suppressionArray.EnumerateArray()
                .Select(s => new SarifSuppression { Kind = String(s, "kind") ?? "inSource", Justification = String(s, "justification") })
                .ToList();
        }
        return new SarifResult
        {
            RuleId = result.GetProperty("ruleId").GetString()!,
            RuleIndex = Int(result, "ruleIndex", -1),
            Level = String(result, "level") ?? "warning",
            Message = new SarifMessage { Text = result.GetProperty("message").GetProperty("text").GetString() ?? "" },
            Locations = locations,
            PartialFingerprints = fingerprints,
            Suppressions = suppressions,
            BaselineState = String(result, "baselineState"),
        };
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Int(JsonElement element, string name, int fallback) =>
        element.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : fallback;
}
