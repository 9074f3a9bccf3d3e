using System.Text.Json;
using System.Text.Json.Serialization;

namespace IacLint.Reporting.Sarif;

/// <summary>
/// Writes a run's results on both cores: each batch of results is serialized in parallel, one result per buffer,
/// then copied into the document in order with the array's indentation added to every line. The bytes are the same
/// as the serializer's own (a newline in a result only ever separates tokens: inside strings it is escaped). Results
/// are most of a large log, and serializing them one after another was the longest single-threaded part of a scan.
/// </summary>
internal sealed class SarifResultsConverter : JsonConverter<List<SarifResult>>
{
    private const int BatchSize = 512;

    public override List<SarifResult>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, SarifJsonContext.Default.ListSarifResult);

    public override void Write(Utf8JsonWriter writer, List<SarifResult> results, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        var newLine = System.Text.Encoding.UTF8.GetBytes(options.NewLine);
        var indent = options.WriteIndented ? new string(options.IndentCharacter, writer.CurrentDepth * options.IndentSize) : "";
        var lineStart = options.WriteIndented ? [.. newLine, .. System.Text.Encoding.UTF8.GetBytes(indent)] : Array.Empty<byte>();
        var batch = new byte[BatchSize][];
        for (var start = 0; start < results.Count; start += BatchSize)
        {
            var count = Math.Min(BatchSize, results.Count - start);
            Parallel.For(0, count, i => batch[i] = Indented(JsonSerializer.SerializeToUtf8Bytes(results[start + i], SarifJsonContext.Default.SarifResult), newLine, lineStart));
            for (var i = 0; i < count; i++) writer.WriteRawValue(batch[i], skipInputValidation: true);
            // A writer over a stream passes the batch on, so a large log is never held whole.
            writer.Flush();
        }
        writer.WriteEndArray();
    }

    /// <summary>The result on a new line at the array's depth, each of its lines indented as deep.</summary>
    private static byte[] Indented(byte[] json, byte[] newLine, byte[] lineStart)
    {
        if (lineStart.Length == 0) return json;
        var lines = json.AsSpan().Count(newLine[^1]);
        var indented = new byte[json.Length + lineStart.Length + lines * (lineStart.Length - newLine.Length)];
        lineStart.CopyTo(indented, 0);
        var at = lineStart.Length;
        var rest = json.AsSpan();
        var extra = lineStart.AsSpan(newLine.Length);
        while (rest.IndexOf(newLine[^1]) is var end and >= 0)
        {
            rest[..(end + 1)].CopyTo(indented.AsSpan(at));
            at += end + 1;
            extra.CopyTo(indented.AsSpan(at));
            at += extra.Length;
            rest = rest[(end + 1)..];
        }
        rest.CopyTo(indented.AsSpan(at));
        return indented;
    }
}
