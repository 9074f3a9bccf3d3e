using IacLint.Syntax;

namespace IacLint.AppConfig;

/// <summary>
/// Flattens a JSON configuration document exactly as <c>Microsoft.Extensions.Configuration.Json</c> does: nested
/// objects join keys with <c>:</c>, array items get their index as a segment, an empty object or JSON null sets the
/// key to null and an empty array to "" (as .NET 10 does), and a key path seen twice (compared case-insensitively) is the provider's "duplicate key" error.
/// </summary>
public static class ConfigurationFlattener
{
    public sealed record Result(IReadOnlyList<ConfigEntry> Entries, IReadOnlyList<SyntaxDiagnostic> Diagnostics);

    public static Result Flatten(SourceText source, DataNode root)
    {
        var entries = new List<ConfigEntry>();
        var diagnostics = new List<SyntaxDiagnostic>();
        if (root is not DataObject rootObject)
        {
            diagnostics.Add(new SyntaxDiagnostic(
                "The top-level JSON element must be an object; the .NET configuration provider rejects this file", root.Span));
            return new Result(entries, diagnostics);
        }
        var seen = new Dictionary<string, ConfigEntry>(StringComparer.OrdinalIgnoreCase);
        VisitObject(source, rootObject, null, rootObject.Span, entries, seen, diagnostics);
        return new Result(entries, diagnostics);
    }

    private static void VisitObject(SourceText source, DataObject node, string? path, SourceSpan keySpan,
        List<ConfigEntry> entries, Dictionary<string, ConfigEntry> seen, List<SyntaxDiagnostic> diagnostics)
    {
        if (node.Properties.Count == 0)
        {
            if (path is not null) SetEmpty(source, path, null, keySpan, node.Span, entries, seen);
            return;
        }
        foreach (var property in node.Properties)
        {
            var childPath = path is null ? property.Name : path + ":" + property.Name;
            Visit(source, property.Value, childPath, property.NameSpan, entries, seen, diagnostics);
        }
    }

    private static void Visit(SourceText source, DataNode node, string path, SourceSpan keySpan,
        List<ConfigEntry> entries, Dictionary<string, ConfigEntry> seen, List<SyntaxDiagnostic> diagnostics)
    {
        switch (node)
        {
            case DataObject obj:
                VisitObject(source, obj, path, keySpan, entries, seen, diagnostics);
                break;
            case DataArray array:
                if (array.Items.Count == 0)
                {
                    SetEmpty(source, path, "", keySpan, array.Span, entries, seen);
                    break;
                }
                for (var i = 0; i < array.Items.Count; i++)
                {
                    var item = array.Items[i];
                    Visit(source, item, path + ":" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), item.Span, entries, seen, diagnostics);
                }
                break;
            case DataScalar scalar:
                if (seen.TryGetValue(path, out var first))
                {
                    diagnostics.Add(new SyntaxDiagnostic(
                        $"The key '{path}' is a duplicate of the key at line {first.KeySpan.StartLine} (keys compare case-insensitively); the .NET configuration provider rejects this file",
                        keySpan));
                    break;
                }
                var entry = new ConfigEntry(path, DotNetValue(scalar), scalar.Kind, source, keySpan, scalar.Span);
                seen[path] = entry;
                entries.Add(entry);
                break;
        }
    }

    private static void SetEmpty(SourceText source, string path, string? value, SourceSpan keySpan, SourceSpan valueSpan,
        List<ConfigEntry> entries, Dictionary<string, ConfigEntry> seen)
    {
        // The provider overwrites without a duplicate check here, so neither do we.
        var entry = new ConfigEntry(path, value, null, source, keySpan, valueSpan);
        if (seen.TryGetValue(path, out var existing)) entries.Remove(existing);
        seen[path] = entry;
        entries.Add(entry);
    }

    /// <summary>JsonElement.ToString() of the value, which is what the provider stores.</summary>
    private static string? DotNetValue(DataScalar scalar) => scalar.Kind switch
    {
        ScalarKind.Boolean => scalar.Text == "true" ? "True" : "False",
        ScalarKind.Null => null,
        _ => scalar.Text ?? "",
    };
}
