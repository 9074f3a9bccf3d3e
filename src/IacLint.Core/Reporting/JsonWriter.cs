using System.Text.Json;
using IacLint.Engine;
using IacLint.Findings;

namespace IacLint.Reporting;

/// <summary>IacLint's own JSON report, documented in <c>docs/json-format.md</c>; stable for scripts.</summary>
public sealed class JsonWriter : IReportWriter
{
    public const int SchemaVersion = 1;

    public string Format => "json";

    public void Write(ScanResult result, TextWriter output, WriterOptions options)
    {
        using var stream = new TextWriterStream(output);
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", ToolInfo.Name);
            json.WriteString("version", ToolInfo.Version);
            json.WriteEndObject();
            json.WriteString("root", result.Root);

            var summary = ReportSummary.Of(result);
            json.WriteStartObject("summary");
            json.WriteNumber("files", result.FilesScanned);
            json.WriteNumber("findings", summary.Total);
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("notes", summary.Notes);
            json.WriteNumber("suppressed", summary.Suppressed);
            if (result.HasBaseline)
            {
                json.WriteNumber("new", summary.New);
                json.WriteNumber("absent", result.AbsentFindings.Count);
            }
            json.WriteEndObject();

            json.WriteStartArray("findings");
            foreach (var finding in result.Findings) WriteFinding(json, finding, result.HasBaseline);
            json.WriteEndArray();

            if (result.HasBaseline)
            {
                json.WriteStartArray("absent");
                foreach (var finding in result.AbsentFindings) WriteFinding(json, finding, true);
                json.WriteEndArray();
            }

            json.WriteStartArray("notifications");
            foreach (var error in result.ConfigErrors)
            {
                json.WriteStartObject();
                json.WriteString("level", "error");
                json.WriteString("message", error.Message);
                json.WriteString("path", error.Path);
                json.WriteNumber("line", error.Line);
                json.WriteNumber("column", error.Column);
                json.WriteEndObject();
            }
            foreach (var notification in result.Notifications)
            {
                json.WriteStartObject();
                json.WriteString("level", notification.Level.ToName());
                json.WriteString("message", notification.Message);
                if (notification.Path is not null) json.WriteString("path", notification.Path);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, bool hasBaseline)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule.Id);
        json.WriteString("ruleName", finding.Rule.Name);
        json.WriteString("level", finding.Level.ToName());
        json.WriteString("message", MessageText.Plain(finding.Message));
        WriteLocation(json, finding.Location);
        if (finding.LogicalLocation is { } logical)
        {
            json.WriteStartObject("logicalLocation");
            json.WriteString("name", logical.FullyQualifiedName);
            json.WriteString("kind", logical.Kind);
            json.WriteEndObject();
        }
        if (finding.Environment is not null) json.WriteString("environment", finding.Environment);
        json.WriteStartArray("related");
        foreach (var related in finding.RelatedLocations)
        {
            json.WriteStartObject();
            json.WriteString("label", related.Label);
            WriteLocation(json, related.Location);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (finding.Instances is { } instances)
        {
            json.WriteStartArray("instances");
            foreach (var instance in instances)
            {
                json.WriteStartObject();
                json.WriteString("level", instance.Level.ToName());
                json.WriteString("message", MessageText.Plain(instance.Message));
                if (instance.LogicalLocation is { } name) json.WriteString("logicalLocation", name.FullyQualifiedName);
                if (instance.Environment is not null) json.WriteString("environment", instance.Environment);
                if (instance.Scope is not null) json.WriteString("rootModule", instance.Scope.Length == 0 ? "." : instance.Scope);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteString("fingerprint", finding.Fingerprint);
        if (finding.Suppression is { } suppression)
        {
            json.WriteStartObject("suppression");
            json.WriteString("justification", suppression.Justification);
            if (suppression.Expires is { } expires) json.WriteString("expires", expires.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("source", suppression.Source);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("suppression");
        }
        if (hasBaseline) json.WriteString("baselineState", finding.BaselineState.ToString().ToLowerInvariant());
        json.WriteString("helpUri", finding.Rule.HelpUri);
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, Location location)
    {
        json.WriteString("path", location.Path);
        json.WriteNumber("startLine", location.Span.StartLine);
        json.WriteNumber("startColumn", location.Span.StartColumn);
        json.WriteNumber("endLine", location.Span.EndLine);
        json.WriteNumber("endColumn", location.Span.EndColumn);
    }
}
