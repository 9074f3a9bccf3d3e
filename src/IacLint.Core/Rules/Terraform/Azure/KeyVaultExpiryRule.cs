using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>A Key Vault object (secret, key) that must have an <c>expiration_date</c>; any value, even one known
/// only after apply, counts.</summary>
public abstract class KeyVaultExpiryRule : SettingRule
{
    protected override IReadOnlyList<string> Attributes { get; } = ["expiration_date"];

    protected override string Issue => "never expires";

    protected override string? UnsetProblem(ResourceInstance resource) => "no expiry";

    protected override bool IsUnsafe(ResourceInstance resource, TfValue value) => false;

    protected override bool PresenceMatters => true;
}
