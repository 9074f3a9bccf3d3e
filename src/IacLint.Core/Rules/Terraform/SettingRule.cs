using IacLint.Findings;
using IacLint.Syntax.Hcl;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform;

/// <summary>
/// A rule about one setting of a resource: a top-level attribute or one inside nested blocks
/// (<c>vpc_config.endpoint_public_access</c>). Judges each known value, applies the provider's default when the
/// attribute or a block on its path is missing, and notes values that are unknown before apply.
/// </summary>
public abstract class SettingRule : ResourceRule
{
    /// <summary>Nested block types leading to the attribute, outermost first; empty for a top-level attribute.</summary>
    protected virtual IReadOnlyList<string> BlockPath => [];

    /// <summary>The block path for one resource, when resource types keep the setting in different places
    /// (a node pool's <c>management</c> block, or a cluster's <c>node_pool.management</c>).</summary>
    protected virtual IReadOnlyList<string> BlockPathFor(ResourceInstance resource) => BlockPath;

    /// <summary>The attribute names, first match wins (a provider may have renamed it across versions).</summary>
    protected abstract IReadOnlyList<string> Attributes { get; }

    /// <summary>The sentence a finding says after the address, e.g. "has storage encryption off".</summary>
    protected abstract string Problem { get; }

    /// <summary>Why a missing (or null) setting is a problem, e.g. "is not set (default false)"; null when the
    /// provider's default is safe.</summary>
    protected abstract string? WhenMissing(ResourceInstance resource);

    /// <summary>Why a missing block on the path is a problem; by default the same as a missing attribute. Null when
    /// the block is optional and its absence is safe (the setting only matters where the block is written).</summary>
    protected virtual string? WhenBlockMissing(ResourceInstance resource) => WhenMissing(resource);

    /// <summary>What is wrong with a known value, e.g. "= false"; null when the value is safe.</summary>
    protected abstract string? Judge(TfValue value, ResourceInstance resource);

    protected virtual bool Applies(ResourceInstance resource) => true;

    /// <summary>Whether a value known only after apply that is another resource's attribute (a key's ARN) counts as
    /// safe: for settings that only need to name something, such a reference does.</summary>
    protected virtual bool ReferenceIsSafe => false;

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (!Applies(resource)) yield break;
        var blockPath = BlockPathFor(resource);
        if (blockPath.Count == 0)
        {
            // The common case, without the block walk's iterators and list: one attribute (or none) of the resource.
            if (Examine(resource, FirstAttribute(resource.Body), blockPath) is { } finding) yield return finding;
            yield break;
        }
        var settings = InBlocks(resource, blockPath).ToList();
        if (settings.Count == 0)
        {
            if (WhenBlockMissing(resource) is { } missing) yield return Report(resource, null, $"{resource.Address} {Problem}: {SettingPath(blockPath)} {missing}.");
            yield break;
        }
        foreach (var attribute in settings)
        {
            if (Examine(resource, attribute, blockPath) is { } finding) yield return finding;
        }
    }

    /// <summary>The finding about one occurrence of the setting (null where it lacks), if any.</summary>
    private Finding? Examine(ResourceInstance resource, EvaluatedAttribute? attribute, IReadOnlyList<string> blockPath)
    {
        if (attribute is null || attribute.Value is TfNull)
        {
            return WhenMissing(resource) is { } missing ? Report(resource, attribute, $"{resource.Address} {Problem}: {SettingPath(blockPath)} {missing}.") : null;
        }
        if (!attribute.Value.IsWhollyKnown)
        {
            return ReferenceIsSafe && RefersToResource(attribute) ? null : CouldNotEvaluate(resource, attribute, SettingPath(blockPath), attribute.Value);
        }
        return Judge(attribute.Value, resource) is { } problem ? Report(resource, attribute, $"{resource.Address} {Problem}: {SettingPath(blockPath)} {problem}.") : null;
    }

    /// <summary>The setting's path as users write it, e.g. vpc_config.endpoint_public_access; made only for a finding.</summary>
    private string SettingPath(IReadOnlyList<string> blockPath) => blockPath.Count == 0 ? Attributes[0] : string.Join('.', blockPath.Append(Attributes[0]));

    /// <summary>The attribute in every block on the path (null where a last block lacks it); empty when a block is missing.</summary>
    private IEnumerable<EvaluatedAttribute?> InBlocks(ResourceInstance resource, IReadOnlyList<string> blockPath)
    {
        IEnumerable<BlockView> blocks = resource.Body.Blocks(blockPath[0]);
        foreach (var type in blockPath.Skip(1)) blocks = blocks.SelectMany(b => b.Blocks(type));
        foreach (var block in blocks) yield return FirstAttribute(block);
    }

    // The first of the names that is set, by index: a Select over a method group allocated a delegate and an iterator per check.
    private EvaluatedAttribute? FirstAttribute(BodyView body)
    {
        for (var i = 0; i < Attributes.Count; i++)
        {
            if (body.Attribute(Attributes[i]) is { } attribute) return attribute;
        }
        return null;
    }

    private EvaluatedAttribute? FirstAttribute(BlockView block)
    {
        for (var i = 0; i < Attributes.Count; i++)
        {
            if (block.Attribute(Attributes[i]) is { } attribute) return attribute;
        }
        return null;
    }

    /// <summary>Whether the attribute is written as a reference to another resource's attribute
    /// (<c>aws_kms_key.orders.arn</c>, <c>data.aws_kms_key.k.arn</c>): its value exists, known only after apply.</summary>
    protected static bool RefersToResource(EvaluatedAttribute attribute)
    {
        if (attribute.Value is TfUnknown { RefersTo: not null }) return true;
        var expression = attribute.Syntax.Value;
        while (expression is HclTemplateWrap wrap) expression = wrap.Wrapped;
        if (expression is HclTemplate { Parts.Count: 1 } template) expression = template.Parts[0];
        var depth = 0;
        while (expression is HclGetAttribute or HclIndex)
        {
            expression = expression is HclGetAttribute get ? get.Source : ((HclIndex)expression).Source;
            depth++;
        }
        return depth >= 2 && expression is HclVariable { Name: not ("var" or "local" or "module" or "each" or "count" or "path" or "terraform" or "self") };
    }

    protected static string Quote(TfValue value) => TfConvert.TryString(value, out var text) ? $"\"{text}\"" : value.TypeName;

    /// <summary>The strings of a list or set, or a single string as a list of one.</summary>
    protected static IReadOnlyList<string> Strings(TfValue value) => value switch
    {
        TfString s => [s.Value],
        _ => (TfConvert.Elements(value) ?? []).OfType<TfString>().Select(s => s.Value).ToList(),
    };

    protected static bool IsEmpty(TfValue value) => value switch
    {
        TfString s => s.Value.Trim().Length == 0,
        TfList l => l.Items.Count == 0,
        TfObject o => o.Attributes.Count == 0,
        _ => false,
    };
}
