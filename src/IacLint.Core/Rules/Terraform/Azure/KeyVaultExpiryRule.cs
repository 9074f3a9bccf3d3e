namespace IacLint.Rules.Terraform.Azure;

/// <summary>A Key Vault object (secret, key) that must have an <c>expiration_date</c>.</summary>
public abstract class KeyVaultExpiryRule : RequiredSettingRule
{
    protected override IReadOnlyList<string> Attributes { get; } = ["expiration_date"];

    protected override string MissingMeans => "(it never expires)";

    protected override string Problem => "never expires";
}
