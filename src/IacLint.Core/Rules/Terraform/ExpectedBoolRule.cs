using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform;

/// <summary>
/// A rule that wants one bool setting at its safe value: fires where it is set to the unsafe value, or is left
/// unset (or its block is missing) when the provider's default is the unsafe value; notes when the value is unknown.
/// </summary>
public abstract class ExpectedBoolRule : SettingRule
{
    protected abstract bool SafeValue { get; }

    /// <summary>The provider's value when the attribute is not set.</summary>
    protected abstract bool DefaultValue { get; }

    protected override string? WhenMissing(ResourceInstance resource) =>
        DefaultValue == SafeValue ? null : $"is not set (default {Bool(DefaultValue)})";

    protected override string? Judge(TfValue value, ResourceInstance resource) =>
        TfConvert.TryBool(value, out var b) && b != SafeValue ? $"= {Bool(b)}" : null;

    private static string Bool(bool value) => value ? "true" : "false";
}
