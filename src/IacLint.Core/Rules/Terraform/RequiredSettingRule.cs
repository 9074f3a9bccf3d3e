using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform;

/// <summary>
/// A setting that must be given and not empty (a contact's email, a secret's expiry): fires where it is unset, null
/// or an empty string. Any other value counts, even one known only after apply.
/// </summary>
public abstract class RequiredSettingRule : SettingRule
{
    /// <summary>What is missing, e.g. "phone number".</summary>
    protected abstract string What { get; }

    protected override string Issue => $"has no {What}";

    protected override string? UnsetProblem(ResourceInstance resource) => $"no {What}";

    protected override bool IsUnsafe(ResourceInstance resource, TfValue value) => value is TfString { Value: var text } && string.IsNullOrWhiteSpace(text);

    protected override bool PresenceMatters => true;
}
