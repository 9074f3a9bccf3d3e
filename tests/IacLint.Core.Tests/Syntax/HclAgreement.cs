using System.Text.Json;
using System.Text.Json.Nodes;
using IacLint.Syntax;
using IacLint.Syntax.Hcl;

namespace IacLint.Tests.Syntax;

/// <summary>
/// Compares our parser with HashiCorp's (its output recorded by build/hcl2json/oracle.js): both accept or both
/// reject; and when both accept, the same block structure, attribute names and literal values. Where HashiCorp's
/// side is an expression or template (a string with <c>${</c> or <c>%{</c>), ours must be one too; the source text
/// inside may differ in spacing.
/// </summary>
internal static class HclAgreement
{
    public sealed record Case(string Path, bool Ok, JsonNode? Json, string? Error);

    public static IEnumerable<Case> ReadOracle(string jsonlPath)
    {
        foreach (var line in File.ReadLines(jsonlPath))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var node = JsonNode.Parse(line)!;
            yield return new Case(node["path"]!.GetValue<string>(), node["ok"]!.GetValue<bool>(), node["json"], node["error"]?.GetValue<string>());
        }
    }

    /// <summary>Null when we agree; otherwise what differs.</summary>
    public static string? Disagreement(Case oracle, string root)
    {
        var text = File.ReadAllText(System.IO.Path.Combine(root, oracle.Path));
        var file = HclParser.Parse(new SourceText(oracle.Path, text));
        if (file.HasErrors != !oracle.Ok)
        {
            return oracle.Ok
                ? $"we reject what HashiCorp accepts: {file.Diagnostics[0].Message} at {file.Diagnostics[0].Span}"
                : $"we accept what HashiCorp rejects: {oracle.Error}";
        }
        if (!oracle.Ok) return null;
        var ours = HclJsonConverter.Convert(file);
        return Compare(oracle.Json, ours, "$");
    }

    private static string? Compare(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case null:
                return actual is null ? null : $"{path}: expected null, got {actual.ToJsonString()}";
            case JsonObject expectedObject:
            {
                if (actual is not JsonObject actualObject) return $"{path}: expected an object, got {actual?.ToJsonString()}";
                var expectedKeys = expectedObject.Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
                var actualKeys = actualObject.Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
                if (!expectedKeys.SequenceEqual(actualKeys))
                {
                    return $"{path}: keys differ: expected [{string.Join(", ", expectedKeys)}], got [{string.Join(", ", actualKeys)}]";
                }
                foreach (var key in expectedKeys)
                {
                    var difference = Compare(expectedObject[key], actualObject[key], path + "." + key);
                    if (difference is not null) return difference;
                }
                return null;
            }
            case JsonArray expectedArray:
            {
                if (actual is not JsonArray actualArray) return $"{path}: expected an array, got {actual?.ToJsonString()}";
                if (expectedArray.Count != actualArray.Count) return $"{path}: expected {expectedArray.Count} items, got {actualArray.Count}";
                for (var i = 0; i < expectedArray.Count; i++)
                {
                    var difference = Compare(expectedArray[i], actualArray[i], $"{path}[{i}]");
                    if (difference is not null) return difference;
                }
                return null;
            }
            default:
            {
                var value = expected.AsValue();
                if (value.GetValueKind() == JsonValueKind.String)
                {
                    var text = value.GetValue<string>();
                    if (IsExpression(text))
                    {
                        return actual is JsonValue v && v.GetValueKind() == JsonValueKind.String && IsExpression(v.GetValue<string>())
                            ? null
                            : $"{path}: expected an expression {text}, got {actual?.ToJsonString()}";
                    }
                    return actual is JsonValue s && s.GetValueKind() == JsonValueKind.String && s.GetValue<string>() == text
                        ? null
                        : $"{path}: expected \"{text}\", got {actual?.ToJsonString()}";
                }
                if (value.GetValueKind() == JsonValueKind.Number)
                {
                    return actual is JsonValue n && n.GetValueKind() == JsonValueKind.Number && Math.Abs(n.GetValue<double>() - value.GetValue<double>()) <= Math.Abs(value.GetValue<double>()) * 1e-12
                        ? null
                        : $"{path}: expected {value.ToJsonString()}, got {actual?.ToJsonString()}";
                }
                return actual is not null && JsonNode.DeepEquals(expected, actual) ? null : $"{path}: expected {expected.ToJsonString()}, got {actual?.ToJsonString()}";
            }
        }
    }

    private static bool IsExpression(string text)
    {
        var unescaped = text.Replace("$${", "", StringComparison.Ordinal).Replace("%%{", "", StringComparison.Ordinal);
        return unescaped.Contains("${", StringComparison.Ordinal) || unescaped.Contains("%{", StringComparison.Ordinal);
    }
}
