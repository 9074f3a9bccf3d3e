using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform;

/// <summary>
/// A rule about one setting of a resource, at the top level or inside nested blocks (<c>site_config.ftps_state</c>):
/// fires where the value is unsafe, or where it is unset (attribute, or a block on the way, missing) and the
/// provider's default is unsafe; notes when the value is unknown before apply.
/// </summary>
public abstract class SettingRule : ResourceRule
{
    /// <summary>Nested blocks leading to the attribute, outermost first; empty for a top-level attribute.</summary>
    protected virtual IReadOnlyList<string> BlockPath => [];

    /// <summary>The attribute names, first match wins (a provider may have renamed it across versions).</summary>
    protected abstract IReadOnlyList<string> Attributes { get; }

    /// <summary>The sentence a finding says, e.g. "accepts TLS below 1.2".</summary>
    protected abstract string Issue { get; }

    /// <summary>Why leaving the setting unset is unsafe (e.g. "default false"), or null when unset is safe.</summary>
    protected abstract string? UnsetProblem(ResourceInstance resource);

    /// <summary>Why a missing block on <see cref="BlockPath"/> is unsafe, or null when that is safe; by default the same
    /// as an unset attribute.</summary>
    protected virtual string? MissingBlockProblem(ResourceInstance resource) => UnsetProblem(resource);

    /// <summary>Whether a known, non-null value is unsafe.</summary>
    protected abstract bool IsUnsafe(ResourceInstance resource, TfValue value);

    protected virtual bool Applies(ResourceInstance resource) => true;

    /// <summary>True when only whether the setting is given matters, so a value unknown before apply (a reference
    /// to another resource) is passed to <see cref="IsUnsafe"/> instead of being noted.</summary>
    protected virtual bool PresenceMatters => false;

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (!Applies(resource)) yield break;
        var prefix = BlockPath.Count == 0 ? "" : string.Join('.', BlockPath) + ".";
        var scopes = NestedBlocks.Scopes(resource.Body, BlockPath);
        if (scopes.Count == 0)
        {
            if (MissingBlockProblem(resource) is { } why) yield return Report(resource, null, $"{resource.Address} {Issue}: {prefix}{Attributes[0]} is not set ({why}).");
            yield break;
        }
        foreach (var scope in scopes)
        {
            var attribute = Attributes.Select(scope).FirstOrDefault(a => a is not null);
            if (attribute is null || attribute.Value is TfNull)
            {
                if (UnsetProblem(resource) is { } why)
                {
                    var state = attribute is null ? "is not set" : "is null";
                    yield return Report(resource, attribute, $"{resource.Address} {Issue}: {prefix}{attribute?.Name ?? Attributes[0]} {state} ({why}).");
                }
                continue;
            }
            if (!PresenceMatters && !attribute.Value.IsWhollyKnown)
            {
                yield return CouldNotEvaluate(resource, attribute, prefix + attribute.Name, attribute.Value);
                continue;
            }
            if (IsUnsafe(resource, attribute.Value))
            {
                yield return Report(resource, attribute, $"{resource.Address} {Issue}: {prefix}{attribute.Name} = {Show(attribute.Value)}.");
            }
        }
    }

    /// <summary>A value as it would be written in HCL (strings quoted), for messages.</summary>
    protected static string Show(TfValue value) => value switch
    {
        TfString s => $"\"{s.Value}\"",
        TfList list => "[" + string.Join(", ", list.Items.Select(Show)) + "]",
        TfUnknown { RefersTo: { } address } => $"a reference to {address}",
        _ => value.ToString() ?? "",
    };
}

/// <summary>Finds nested blocks by path (<c>addon_profile</c> → <c>oms_agent</c>) in a resource body.</summary>
public static class NestedBlocks
{
    /// <summary>An attribute lookup for each block at the end of the path (the body itself for an empty path); empty
    /// when a block on the way is missing.</summary>
    public static IReadOnlyList<Func<string, EvaluatedAttribute?>> Scopes(BodyView body, IReadOnlyList<string> path)
    {
        if (path.Count == 0) return [body.Attribute];
        var level = body.Blocks(path[0]).ToList();
        for (var i = 1; i < path.Count; i++)
        {
            level = level.SelectMany(b => b.Body is { } inner ? inner.Blocks(path[i]) : JsonBlocks(b, path[i])).ToList();
        }
        return level.Select(b => (Func<string, EvaluatedAttribute?>)b.Attribute).ToList();
    }

    /// <summary>Whether the body has the block path (any instance of it).</summary>
    public static bool Has(BodyView body, IReadOnlyList<string> path) => Scopes(body, path).Count > 0;

    private static IEnumerable<BlockView> JsonBlocks(BlockView parent, string type)
    {
        var value = parent.Value?.Get(type);
        if (value is null) yield break;
        foreach (var item in value is TfList list ? list.Items : [value])
        {
            if (item is TfObject obj) yield return new BlockView(null, parent.Span, obj, parent.ValueLocation);
        }
    }
}
