using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2024: a Key Vault key never expires.</summary>
public sealed class KeyVaultKeyNoExpiry : KeyVaultExpiryRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2024",
        Name: "azure-keyvault-key-no-expiry",
        Title: "Key Vault key without an expiration date",
        Description: "An `azurerm_key_vault_key` does not set `expiration_date`.",
        Why: "A key that never expires is never rotated by necessity: if it leaks, it stays valid until someone notices; an expiration date forces rotation and lets Azure Policy and Event Grid warn before it lapses.",
        HowToFix: "Set `expiration_date` (RFC 3339, e.g. from `timeadd(timestamp(), \"8760h\")` kept stable with `ignore_changes`, or a fixed date) and rotate before it.",
        Example: """
            ```hcl
            resource "azurerm_key_vault_key" "app" {
              expiration_date = "2027-06-30T00:00:00Z"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "azure", "keyvault"],
        Area: AuditArea.Secrets,
        Cwe: "CWE-324",
        EquivalentIds: ["trivy:AVD-AZU-0014", "tfsec:azure-keyvault-ensure-key-expiry", "checkov:CKV_AZURE_40"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_key_vault_key"];
}
