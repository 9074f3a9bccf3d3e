using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IacLint.Reporting.Sarif;

/// <summary>
/// Writes the large arrays of a SARIF log (results, rules, drift differences) on both cores: each batch of items is serialized in
/// parallel, one item per buffer, then copied into the document in order with the array's indentation added to every
/// line, and flushed to the output. The bytes are the same as the serializer's own (a newline in an item only ever
/// separates tokens: inside strings it is escaped). Results are most of a large log and serializing them one after
/// another was the longest single-threaded part of a scan; the rules' help texts are most of a small one, and
/// flushing each batch keeps either from being held whole in memory.
/// </summary>
internal sealed class ParallelArrayConverter<T> : JsonConverter<List<T>>
{
    private const int BatchSize = 512, FlushAt = 16 * 1024;

    private static JsonTypeInfo<T> ItemInfo => (JsonTypeInfo<T>)SarifJsonContext.Default.GetTypeInfo(typeof(T))!;

    public override List<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<List<T>>)SarifJsonContext.Default.GetTypeInfo(typeof(List<T>))!);

    public override void Write(Utf8JsonWriter writer, List<T> items, JsonSerializerOptions options)
    {
        var itemInfo = ItemInfo;
        // What came before (the log's header, the rules before the results) goes out first.
        writer.Flush();
        writer.WriteStartArray();
        var newLine = System.Text.Encoding.UTF8.GetBytes(options.NewLine);
        var indent = options.WriteIndented ? new string(options.IndentCharacter, writer.CurrentDepth * options.IndentSize) : "";
        var lineStart = options.WriteIndented ? [.. newLine, .. System.Text.Encoding.UTF8.GetBytes(indent)] : Array.Empty<byte>();
        var batch = new byte[BatchSize][];
        for (var start = 0; start < items.Count; start += BatchSize)
        {
            var count = Math.Min(BatchSize, items.Count - start);
            Parallel.For(0, count, i => batch[i] = Indented(Serialize(items[start + i], itemInfo, options), newLine, lineStart));
            for (var i = 0; i < count; i++)
            {
                writer.WriteRawValue(batch[i], skipInputValidation: true);
                // A writer over a stream passes its buffer on: it never grows past a few items (nor onto the large
                // object heap), and a large log is never held whole.
                if (writer.BytesPending >= FlushAt) writer.Flush();
            }
        }
        writer.WriteEndArray();
    }

    // Each thread serializes into a buffer of its own, reused: only the indented copy is allocated per item.
    [ThreadStatic]
    private static (System.Buffers.ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? t_serializer;

    private static ReadOnlySpan<byte> Serialize(T item, JsonTypeInfo<T> itemInfo, JsonSerializerOptions options)
    {
        if (t_serializer is not { } serializer)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
            t_serializer = serializer = (buffer, new Utf8JsonWriter(buffer, SarifWriter.WriterOptionsOf(options)));
        }
        serializer.Buffer.ResetWrittenCount();
        serializer.Writer.Reset();
        JsonSerializer.Serialize(serializer.Writer, item, itemInfo);
        return serializer.Buffer.WrittenSpan;
    }

    /// <summary>The item on a new line at the array's depth, each of its lines indented as deep.</summary>
    private static byte[] Indented(ReadOnlySpan<byte> json, byte[] newLine, byte[] lineStart)
    {
        if (lineStart.Length == 0) return json.ToArray();
        var lines = json.Count(newLine[^1]);
        var indented = new byte[json.Length + lineStart.Length + lines * (lineStart.Length - newLine.Length)];
        lineStart.CopyTo(indented, 0);
        var at = lineStart.Length;
        var rest = json;
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
