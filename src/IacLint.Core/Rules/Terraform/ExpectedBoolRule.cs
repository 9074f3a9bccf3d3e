using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform;

/// <summary>
/// A rule that wants one bool attribute at its safe value: fires where it is set to the unsafe value, or is left
/// unset when the provider's default is the unsafe value; notes when the value is unknown.
/// </summary>
public abstract class ExpectedBoolRule : ResourceRule
{
    /// <summary>The attribute names, first match wins (a provider may have renamed it across versions).</summary>
    protected abstract IReadOnlyList<string> Attributes { get; }

    protected abstract bool SafeValue { get; }

    /// <summary>The provider's value when the attribute is not set.</summary>
    protected abstract bool DefaultValue { get; }

    /// <summary>The sentence a finding says, e.g. "has storage encryption off".</summary>
    protected abstract string Problem { get; }

    protected virtual bool Applies(ResourceInstance resource) => true;

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (!Applies(resource)) yield break;
        var attribute = Attributes.Select(resource.Body.Attribute).FirstOrDefault(a => a is not null);
        if (attribute is null)
        {
            if (DefaultValue != SafeValue) yield return Report(resource, null, $"{resource.Address} {Problem}: {Attributes[0]} is not set (default {Bool(DefaultValue)}).");
            yield break;
        }
        if (attribute.Value is TfNull)
        {
            if (DefaultValue != SafeValue) yield return Report(resource, attribute, $"{resource.Address} {Problem}: {attribute.Name} is null (default {Bool(DefaultValue)}).");
            yield break;
        }
        if (!attribute.Value.IsKnown)
        {
            yield return CouldNotEvaluate(resource, attribute, attribute.Name, attribute.Value);
            yield break;
        }
        if (TfConvert.TryBool(attribute.Value, out var value) && value != SafeValue)
        {
            yield return Report(resource, attribute, $"{resource.Address} {Problem}: {attribute.Name} = {Bool(value)}.");
        }
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
