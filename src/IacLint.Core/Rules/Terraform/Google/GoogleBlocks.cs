using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>
/// Walks the nested blocks Google resources keep their settings in (<c>settings → ip_configuration</c>,
/// <c>node_config → workload_metadata_config</c>), written out, dynamic, or as objects in JSON syntax.
/// </summary>
internal static class GoogleBlocks
{
    /// <summary>The resource body as a block, so a path of no blocks means the resource itself.</summary>
    public static BlockView Root(ResourceInstance resource) => new(resource.Body, resource.Body.Span, null);

    /// <summary>Every block reached by following <paramref name="path"/> from the resource.</summary>
    public static IEnumerable<BlockView> Nested(ResourceInstance resource, IReadOnlyList<string> path)
    {
        IEnumerable<BlockView> current = [Root(resource)];
        foreach (var type in path) current = current.SelectMany(block => block.Blocks(type)).ToList();
        return current;
    }

    /// <summary>The strings of a list attribute (or a single string), each with its own origin.</summary>
    public static IEnumerable<TfString> Strings(TfValue value) =>
        value is TfList list ? list.Items.OfType<TfString>() : value is TfString s ? [s] : [];

    /// <summary>The first unknown value inside a list or object (or the value itself), so a note can say why.</summary>
    public static TfValue FirstUnknown(TfValue value) => value switch
    {
        TfUnknown => value,
        TfList list => list.Items.Where(i => !i.IsWhollyKnown).Select(FirstUnknown).FirstOrDefault() ?? value,
        TfObject obj => obj.Attributes.Values.Where(v => !v.IsWhollyKnown).Select(FirstUnknown).FirstOrDefault() ?? value,
        _ => value,
    };

    /// <summary>The value of a key of a map attribute (<c>metadata</c>, <c>labels</c>); null when absent.</summary>
    public static TfValue? MapEntry(EvaluatedAttribute? map, string key) => (map?.Value as TfObject)?.Get(key);

    /// <summary>Whether a string is an address range open to the whole internet.</summary>
    public static bool IsWholeInternet(string cidr) => cidr.Trim() is "0.0.0.0/0" or "::/0" or "0.0.0.0" or "*";

    /// <summary>Reads Google's boolean spellings in metadata and flags: true/false, "TRUE", "on", "1".</summary>
    public static bool? Flag(TfValue value)
    {
        if (value is TfBool b) return b.Value;
        if (value is TfNumber n) return n.Value != 0;
        if (value is not TfString s) return null;
        return s.Value.Trim().ToLowerInvariant() switch
        {
            "true" or "on" or "1" or "yes" => true,
            "false" or "off" or "0" or "no" => false,
            _ => null,
        };
    }
}
