using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform;

/// <summary>
/// A rule that wants one bool attribute (top level, or inside <see cref="SettingRule.BlockPath"/>) at its safe
/// value: fires where it is set to the unsafe value, or is left unset when the provider's default is the unsafe value;
/// notes when the value is unknown.
/// </summary>
public abstract class ExpectedBoolRule : SettingRule
{
    protected abstract bool SafeValue { get; }

    /// <summary>The provider's value when the attribute is not set.</summary>
    protected abstract bool DefaultValue { get; }

    /// <summary>The sentence a finding says, e.g. "has storage encryption off".</summary>
    protected abstract string Problem { get; }

    protected sealed override string Issue => Problem;

    protected override string? UnsetProblem(ResourceInstance resource) => DefaultValue != SafeValue ? $"default {(DefaultValue ? "true" : "false")}" : null;

    protected override bool IsUnsafe(ResourceInstance resource, TfValue value) => TfConvert.TryBool(value, out var b) && b != SafeValue;
}
