using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2019: a storage account is encrypted with a Microsoft-managed key only.</summary>
public sealed class StorageAccountNoCustomerManagedKey : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2019",
        Name: "azure-storage-customer-managed-key",
        Title: "Storage account not encrypted with a customer-managed key",
        Description: "An `azurerm_storage_account` has no `customer_managed_key` block and no `azurerm_storage_account_customer_managed_key` resource pointing at it.",
        Why: "With Microsoft-managed keys you cannot rotate, audit the use of, or revoke the key that protects the data; a customer-managed key in Key Vault makes revoking access to the data a single, logged action.",
        HowToFix: "Add a `customer_managed_key` block (with a user-assigned identity) or an `azurerm_storage_account_customer_managed_key` resource using a Key Vault key.",
        Example: """
            ```hcl
            resource "azurerm_storage_account_customer_managed_key" "data" {
              storage_account_id = azurerm_storage_account.data.id
              key_vault_id       = azurerm_key_vault.main.id
              key_name           = azurerm_key_vault_key.storage.name
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "azure", "storage"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AZU-0060", "tfsec:azure-storage-blob-container-cmk-encrypted"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_storage_account"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Body.Blocks("customer_managed_key").Any()) yield break;
        const string companion = "azurerm_storage_account_customer_managed_key";
        if (Companions.For(configuration, resource, companion, "storage_account_id").Any()) yield break;
        if (Companions.AnyUnresolved(configuration, resource, companion, "storage_account_id"))
        {
            yield return Report(resource, null, $"Could not tell whether {resource.Address} uses a customer-managed key: a {companion}'s account is known only after apply.") with { Level = Level.Note };
            yield break;
        }
        yield return Report(resource, null, $"{resource.Address} is encrypted with a Microsoft-managed key only: no customer_managed_key.");
    }
}
