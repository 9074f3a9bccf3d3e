using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2063: a managed disk has Azure Disk Encryption switched off.</summary>
public sealed class ManagedDiskEncryptionDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2063",
        Name: "azure-managed-disk-encryption-disabled",
        Title: "Managed disk with encryption settings disabled",
        Description: "An `azurerm_managed_disk` has an `encryption_settings` block with `enabled = false`.",
        Why: "Azure Disk Encryption protects the disk's contents with keys in your Key Vault, inside the VM; turning it off leaves data readable to anyone who obtains a copy or snapshot of the disk outside the VM.",
        HowToFix: "Set `encryption_settings { enabled = true }` with `disk_encryption_key`, or remove the block and use a disk encryption set (customer-managed key) instead.",
        Example: """
            ```hcl
            resource "azurerm_managed_disk" "data" {
              encryption_settings {
                enabled = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "azure", "compute"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AZU-0038", "tfsec:azure-compute-enable-disk-encryption"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_2"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_managed_disk"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["encryption_settings"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => true;

    protected override string Problem => "has disk encryption off";
}
