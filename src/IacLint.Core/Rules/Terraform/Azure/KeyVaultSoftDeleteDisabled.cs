using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2021: a key vault has soft delete switched off.</summary>
public sealed class KeyVaultSoftDeleteDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2021",
        Name: "azure-keyvault-soft-delete-disabled",
        Title: "Key vault with soft delete disabled",
        Description: "An `azurerm_key_vault` sets `soft_delete_enabled = false` (an attribute of azurerm provider versions before 3.0; Azure now always enables soft delete on new vaults).",
        Why: "Without soft delete a deleted vault, key, secret or certificate is gone at once; data encrypted with a deleted key becomes unreadable.",
        HowToFix: "Remove `soft_delete_enabled = false` (or set it to true) and upgrade the provider; set `soft_delete_retention_days`.",
        Example: """
            ```hcl
            resource "azurerm_key_vault" "main" {
              soft_delete_retention_days = 90
              purge_protection_enabled   = true
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.0,
        Tags: ["reliability", "terraform", "azure", "keyvault"],
        Area: AuditArea.Backup,
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_42"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_key_vault"];

    protected override IReadOnlyList<string> Attributes { get; } = ["soft_delete_enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => true;

    protected override string Problem => "does not keep deleted objects";
}
