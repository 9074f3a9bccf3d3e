using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>
/// A rule over one string setting of a Google resource, possibly in nested blocks
/// (<c>master_authorized_networks_config.cidr_blocks.cidr_block</c>): fires where the value is unsafe, or where it (or
/// its block) is left out and the provider's default is unsafe; notes when the value is unknown.
/// </summary>
public abstract class GoogleStringSettingRule : ResourceRule
{
    /// <summary>The nested blocks the attribute sits in; empty for a top-level attribute.</summary>
    protected virtual IReadOnlyList<string> BlockPath => [];

    protected abstract string AttributeName { get; }

    /// <summary>The provider's value when the attribute or its block is not written; null when that is fine.</summary>
    protected virtual string? DefaultValue => null;

    protected abstract bool IsUnsafe(string value);

    /// <summary>The sentence a finding says, e.g. "does not enforce public access prevention".</summary>
    protected abstract string Problem { get; }

    protected virtual bool Applies(ResourceInstance resource, TerraformConfiguration configuration) => true;

    protected string SettingPath => string.Join('.', [.. BlockPath, AttributeName]);

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (!Applies(resource, configuration)) yield break;
        var unsafeByDefault = DefaultValue is { } fallback && IsUnsafe(fallback);
        var blocks = GoogleBlocks.Nested(resource, BlockPath).ToList();
        if (blocks.Count == 0)
        {
            if (unsafeByDefault) yield return Report(resource, null, $"{resource.Address} {Problem}: {SettingPath} is not set (default \"{DefaultValue}\").");
            yield break;
        }
        foreach (var block in blocks)
        {
            var attribute = block.Attribute(AttributeName);
            if (attribute is null || attribute.Value is TfNull)
            {
                if (unsafeByDefault) yield return Report(resource, attribute, $"{resource.Address} {Problem}: {SettingPath} is not set (default \"{DefaultValue}\").");
                continue;
            }
            if (!attribute.Value.IsKnown)
            {
                yield return CouldNotEvaluate(resource, attribute, SettingPath, attribute.Value);
                continue;
            }
            if (TfConvert.TryString(attribute.Value, out var value) && IsUnsafe(value))
            {
                yield return Report(resource, attribute, $"{resource.Address} {Problem}: {SettingPath} = \"{value}\".");
            }
        }
    }
}
