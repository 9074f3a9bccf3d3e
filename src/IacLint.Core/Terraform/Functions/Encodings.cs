using System.Text;
using System.Text.Json;
using IacLint.Terraform.Evaluation;
using IacLint.Terraform.Values;
using YamlDotNet.RepresentationModel;

namespace IacLint.Terraform.Functions;

/// <summary>jsonencode, jsondecode and yamldecode between <see cref="TfValue"/>s and text.</summary>
public static class Encodings
{
    public static string ToJson(TfValue value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = MaxEncodeDepth }))
        {
            Write(writer, value);
        }
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length); // no copy of the bytes first
    }

    /// <summary>Deeper values are refused (an error), not written: the writer and every reader of its output have limits.</summary>
    public const int MaxEncodeDepth = 128;

    private static void Write(Utf8JsonWriter writer, TfValue value)
    {
        if (writer.CurrentDepth >= MaxEncodeDepth) throw new TfEvaluationException($"the value is nested deeper than {MaxEncodeDepth} levels and cannot be encoded");
        switch (value)
        {
            case TfString s: writer.WriteStringValue(s.Value); break;
            case TfNumber n:
                if (!double.IsFinite(n.Value)) throw new TfEvaluationException($"the number {n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} cannot be encoded");
                if (n.Value == Math.Floor(n.Value) && Math.Abs(n.Value) < 1e15) writer.WriteNumberValue((long)n.Value);
                else writer.WriteNumberValue(n.Value);
                break;
            case TfBool b: writer.WriteBooleanValue(b.Value); break;
            case TfNull: writer.WriteNullValue(); break;
            case TfList l:
                writer.WriteStartArray();
                foreach (var item in l.Items) Write(writer, item);
                writer.WriteEndArray();
                break;
            case TfObject o:
                writer.WriteStartObject();
                foreach (var (key, item) in o.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }
                writer.WriteEndObject();
                break;
            default:
                throw new TfEvaluationException("an unknown value cannot be encoded");
        }
    }

    public static TfValue FromJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 128 });
            return FromElement(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new TfEvaluationException($"jsondecode() got invalid JSON: {e.Message}");
        }
    }

    private static TfValue FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => new TfString(element.GetString()!),
        JsonValueKind.Number => new TfNumber(element.GetDouble()),
        JsonValueKind.True => TfValue.True,
        JsonValueKind.False => TfValue.False,
        JsonValueKind.Array => new TfList(element.EnumerateArray().Select(FromElement).ToList()),
        JsonValueKind.Object => TfObject.From(element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, FromElement(p.Value)))),
        _ => TfValue.Null,
    };

    public static TfValue FromYaml(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0) return TfValue.Null;
            var budget = MaxYamlNodes;
            return FromYamlNode(stream.Documents[0].RootNode, 0, ref budget);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new TfEvaluationException($"yamldecode() got invalid YAML: {e.Message}");
        }
    }

    /// <summary>Aliases are shared nodes; expanding them can grow exponentially (an alias bomb), so the walk has a budget.</summary>
    private const int MaxYamlNodes = 200_000;

    private static TfValue FromYamlNode(YamlNode node, int depth, ref int budget)
    {
        if (depth > 128) throw new TfEvaluationException("yamldecode() input is nested too deeply");
        if (--budget < 0) throw new TfEvaluationException("yamldecode() input expands to too many values (alias bomb?)");
        switch (node)
        {
            case YamlMappingNode mapping:
            {
                var pairs = new List<KeyValuePair<string, TfValue>>();
                foreach (var (key, child) in mapping.Children)
                {
                    pairs.Add(KeyValuePair.Create((key as YamlScalarNode)?.Value ?? "", FromYamlNode(child, depth + 1, ref budget)));
                }
                return TfObject.From(pairs);
            }
            case YamlSequenceNode sequence:
            {
                var items = new List<TfValue>();
                foreach (var child in sequence.Children) items.Add(FromYamlNode(child, depth + 1, ref budget));
                return new TfList(items);
            }
            case YamlScalarNode scalar:
                var value = scalar.Value ?? "";
                if (scalar.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted or YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded)
                {
                    return new TfString(value);
                }
                if (value is "" or "~" or "null" or "Null" or "NULL") return TfValue.Null;
                if (value is "true" or "True" or "TRUE") return TfValue.True;
                if (value is "false" or "False" or "FALSE") return TfValue.False;
                if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)) return new TfNumber(number);
                return new TfString(value);
            default:
                return TfValue.Null;
        }
    }
}
