using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2020: a key vault can be purged, or keeps deleted objects for an invalid period.</summary>
public sealed class KeyVaultPurgeProtection : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2020",
        Name: "azure-keyvault-purge-protection",
        Title: "Key vault without purge protection",
        Description: "An `azurerm_key_vault` does not set `purge_protection_enabled = true` (default false), or sets `soft_delete_retention_days` outside Azure's 7 to 90 days.",
        Why: "Without purge protection, anyone with enough rights (or an attacker using them) can delete a vault and purge it at once, destroying keys that encrypt databases and storage for good; purge protection keeps deleted vaults and objects recoverable for the whole retention period.",
        HowToFix: "Set `purge_protection_enabled = true` and `soft_delete_retention_days` between 7 and 90 (90 is the default). Purge protection cannot be turned off again.",
        Example: """
            ```hcl
            resource "azurerm_key_vault" "main" {
              purge_protection_enabled   = true
              soft_delete_retention_days = 90
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.5,
        Tags: ["reliability", "terraform", "azure", "keyvault"],
        Area: AuditArea.Backup,
        EquivalentIds: ["trivy:AVD-AZU-0016", "tfsec:azure-keyvault-no-purge"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_110", "checkov:CKV_AZURE_42"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_key_vault"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var purge = resource.Body.Attribute("purge_protection_enabled");
        if (purge is null || purge.Value is TfNull) yield return Report(resource, purge, $"{resource.Address} can be purged at once: purge_protection_enabled is not set (default false).");
        else if (!purge.Value.IsKnown) yield return CouldNotEvaluate(resource, purge, "purge_protection_enabled", purge.Value);
        else if (IsFalse(purge.Value)) yield return Report(resource, purge, $"{resource.Address} can be purged at once: purge_protection_enabled = false.");
        var days = resource.Body.Attribute("soft_delete_retention_days");
        if (days is not null && days.Value.IsKnown && TfConvert.TryNumber(days.Value, out var n) && (n < 7 || n > 90))
        {
            yield return Report(resource, days, $"{resource.Address} sets soft_delete_retention_days = {n}, outside the 7 to 90 days Azure accepts.");
        }
    }
}
