using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2049: AKS node disks are encrypted with platform-managed keys only.</summary>
public sealed class AksNoDiskEncryptionSet : RequiredSettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2049",
        Name: "azure-aks-no-disk-encryption-set",
        Title: "AKS node disks not encrypted with a customer-managed key",
        Description: "An `azurerm_kubernetes_cluster` does not set `disk_encryption_set_id`.",
        Why: "Without a disk encryption set, OS and data disks of the nodes are encrypted with keys you cannot rotate, audit or revoke; regulated workloads usually require customer-managed keys.",
        HowToFix: "Create an `azurerm_disk_encryption_set` with a Key Vault key and set `disk_encryption_set_id` (at creation).",
        Example: """
            ```hcl
            resource "azurerm_kubernetes_cluster" "main" {
              disk_encryption_set_id = azurerm_disk_encryption_set.aks.id
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "azure", "aks"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AZU-0067", "tfsec:azure-container-enable-disk-encryption", "checkov:CKV_AZURE_117"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_kubernetes_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["disk_encryption_set_id"];

    protected override string Problem => "has node disks without a customer-managed key";
}
