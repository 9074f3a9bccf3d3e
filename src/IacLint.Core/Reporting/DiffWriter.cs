using System.Text;
using System.Text.Json;
using IacLint.Drift;

namespace IacLint.Reporting;

/// <summary>
/// <c>iaclint diff</c>: the differences between environments side by side, grouped by family and kind of drift, as a
/// console table, Markdown (for pull request comments) or JSON. Secret values arrive masked from the analyzer.
/// </summary>
public static class DiffWriter
{
    private static readonly (DriftKind Kind, string Title)[] Sections =
    [
        (DriftKind.Weaker, "Weaker in {to} than in {from}"),
        (DriftKind.MissingInLater, "In {from}, missing in {to}"),
        (DriftKind.OnlyInLater, "Only in {to}"),
        (DriftKind.VersionSkew, "Version skew"),
        (DriftKind.ValueDiffers, "Values that differ"),
    ];

    public static void Write(DriftResult drift, string format, TextWriter output, IReadOnlySet<DriftFamily>? families = null, bool includeExpected = true)
    {
        var differences = drift.Differences.Where(d => (families is null || families.Contains(d.Family)) && (includeExpected || !d.Expected)).ToList();
        switch (format)
        {
            case "json":
                WriteJson(drift, differences, output);
                return;
            case "markdown":
                WriteMarkdown(drift, differences, output);
                return;
            default:
                WriteConsole(drift, differences, output);
                return;
        }
    }

    private static void WriteConsole(DriftResult drift, List<DriftDifference> differences, TextWriter output)
    {
        if (drift.Pairs.Count == 0)
        {
            output.WriteLine("No environments to compare: IacLint found none of the compared environments (see [environments] compare in iaclint.toml).");
            return;
        }
        foreach (var (from, to) in drift.Pairs)
        {
            var pair = differences.Where(d => d.From == from && d.To == to).ToList();
            output.WriteLine($"{from} → {to}: {Count(pair.Count(d => !d.Expected), "difference")}{(pair.Any(d => d.Expected) ? $", {pair.Count(d => d.Expected)} expected" : "")}");
            foreach (var family in pair.GroupBy(d => d.Family).OrderBy(g => g.Key))
            {
                output.WriteLine();
                output.WriteLine($"  {FamilyName(family.Key)}");
                foreach (var (kind, title) in Sections)
                {
                    var rows = family.Where(d => d.Kind == kind).ToList();
                    if (rows.Count == 0) continue;
                    output.WriteLine($"    {title.Replace("{from}", from).Replace("{to}", to)}");
                    var keyWidth = Math.Min(70, rows.Max(r => Key(r).Length));
                    foreach (var row in rows)
                    {
                        var values = kind == DriftKind.Weaker ? row.Detail : $"{Cell(row.FromValue, row.FromElement)} → {Cell(row.ToValue, row.ToElement)}";
                        // Keys are never clipped: two env vars sharing a long prefix must stay distinguishable.
                        output.WriteLine($"      {Key(row).PadRight(keyWidth)}  {values}{(row.Expected ? "  (expected)" : "")}");
                    }
                }
            }
            output.WriteLine();
        }
    }

    private static void WriteMarkdown(DriftResult drift, List<DriftDifference> differences, TextWriter output)
    {
        output.WriteLine("## Environment drift");
        output.WriteLine();
        if (drift.Pairs.Count == 0)
        {
            output.WriteLine("No compared environments were found.");
            return;
        }
        foreach (var (from, to) in drift.Pairs)
        {
            var pair = differences.Where(d => d.From == from && d.To == to).ToList();
            output.WriteLine($"### {from} → {to}: {Count(pair.Count(d => !d.Expected), "difference")}{(pair.Any(d => d.Expected) ? $" ({pair.Count(d => d.Expected)} expected)" : "")}");
            output.WriteLine();
            foreach (var family in pair.GroupBy(d => d.Family).OrderBy(g => g.Key))
            {
                output.WriteLine($"#### {FamilyName(family.Key)}");
                output.WriteLine();
                output.WriteLine($"| Drift | Key | {from} | {to} | Where |");
                output.WriteLine("|---|---|---|---|---|");
                foreach (var (kind, title) in Sections)
                {
                    foreach (var row in family.Where(d => d.Kind == kind))
                    {
                        var where = row.ToElement?.Location ?? row.FromElement?.Location;
                        var label = title.Replace("{from}", from).Replace("{to}", to) + (row.Expected ? " (expected)" : "");
                        var (a, b) = kind == DriftKind.Weaker ? ("passes", "fails: " + Escape(row.Detail)) : (Escape(Cell(row.FromValue, row.FromElement)), Escape(Cell(row.ToValue, row.ToElement)));
                        output.WriteLine($"| {label} | `{Escape(Key(row))}` | {a} | {b} | {(where is null ? "" : $"`{where.Path}:{where.Span.StartLine}`")} |");
                    }
                }
                output.WriteLine();
            }
        }
    }

    private static void WriteJson(DriftResult drift, List<DriftDifference> differences, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteString("name", ToolInfo.Name);
            json.WriteString("version", ToolInfo.Version);
            json.WriteEndObject();
            json.WriteStartArray("pairs");
            foreach (var (from, to) in drift.Pairs)
            {
                json.WriteStartObject();
                json.WriteString("from", from);
                json.WriteString("to", to);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("differences");
            foreach (var d in differences)
            {
                json.WriteStartObject();
                json.WriteString("kind", d.Kind.ToString());
                json.WriteString("family", FamilyName(d.Family));
                json.WriteString("group", d.Group);
                json.WriteString("key", d.Key);
                json.WriteString("from", d.From);
                json.WriteString("to", d.To);
                if (d.FromValue is not null) json.WriteString("fromValue", d.FromValue);
                if (d.ToValue is not null) json.WriteString("toValue", d.ToValue);
                if (d.FromElement is { } a) json.WriteString("fromLocation", $"{a.Location.Path}:{a.Location.Span.StartLine}:{a.Location.Span.StartColumn}");
                if (d.ToElement is { } b) json.WriteString("toLocation", $"{b.Location.Path}:{b.Location.Span.StartLine}:{b.Location.Span.StartColumn}");
                json.WriteBoolean("expected", d.Expected);
                json.WriteString("detail", MessageText.Plain(d.Detail));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Key(DriftDifference difference) => difference.Family is DriftFamily.AppSettings or DriftFamily.Config ? $"{difference.Group}: {difference.Key}" : difference.Key;

    public static string FamilyName(DriftFamily family) => family switch
    {
        DriftFamily.AppSettings => "appsettings",
        DriftFamily.Terraform => "terraform",
        DriftFamily.Kubernetes => "kubernetes",
        DriftFamily.Terragrunt => "terragrunt",
        _ => "config",
    };

    /// <summary>One side of a difference as a table shows it: the value as written, <c>""</c> for an empty one,
    /// "present" for an element without a value of its own (a resource, a named env var), "(missing)" when absent.</summary>
    private static string Cell(string? value, DriftElement? element) =>
        element is null ? "(missing)" : value is null ? "present" : value.Length == 0 ? "\"\"" : value;

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Count(int count, string word) => count == 1 ? $"1 {word}" : $"{count} {word}s";
}
