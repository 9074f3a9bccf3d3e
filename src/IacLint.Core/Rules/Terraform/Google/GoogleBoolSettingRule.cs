using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>
/// A rule that wants one bool setting of a Google resource at its safe value, where the setting may sit in nested
/// blocks (<c>settings.backup_configuration.enabled</c>): fires where it is set to the unsafe value, or where it (or
/// its block) is left out and the provider's default is unsafe; notes when the value is unknown.
/// </summary>
public abstract class GoogleBoolSettingRule : ResourceRule
{
    /// <summary>The nested blocks the attribute sits in; empty for a top-level attribute.</summary>
    protected virtual IReadOnlyList<string> BlockPath => [];

    /// <summary>The block path for one resource, when resource types keep the setting in different places.</summary>
    protected virtual IReadOnlyList<string> BlockPathFor(ResourceInstance resource) => BlockPath;

    protected abstract string AttributeName { get; }

    protected abstract bool SafeValue { get; }

    /// <summary>The provider's value when the attribute or one of its blocks is not written.</summary>
    protected abstract bool DefaultValue { get; }

    /// <summary>The sentence a finding says, e.g. "has automated backups off".</summary>
    protected abstract string Problem { get; }

    protected virtual bool Applies(ResourceInstance resource, TerraformConfiguration configuration) => true;

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (!Applies(resource, configuration)) yield break;
        var path = BlockPathFor(resource);
        var settingPath = string.Join('.', [.. path, AttributeName]);
        var blocks = GoogleBlocks.Nested(resource, path).ToList();
        if (blocks.Count == 0)
        {
            if (DefaultValue != SafeValue) yield return Report(resource, null, $"{resource.Address} {Problem}: {settingPath} is not set (default {Text(DefaultValue)}).");
            yield break;
        }
        foreach (var block in blocks)
        {
            var attribute = block.Attribute(AttributeName);
            if (attribute is null || attribute.Value is TfNull)
            {
                if (DefaultValue != SafeValue) yield return Report(resource, attribute, $"{resource.Address} {Problem}: {settingPath} is not set (default {Text(DefaultValue)}).");
                continue;
            }
            if (!attribute.Value.IsKnown)
            {
                yield return CouldNotEvaluate(resource, attribute, settingPath, attribute.Value);
                continue;
            }
            if (GoogleBlocks.Flag(attribute.Value) is { } value && value != SafeValue)
            {
                yield return Report(resource, attribute, $"{resource.Address} {Problem}: {settingPath} = {Text(value)}.");
            }
        }
    }

    private static string Text(bool value) => value ? "true" : "false";
}
