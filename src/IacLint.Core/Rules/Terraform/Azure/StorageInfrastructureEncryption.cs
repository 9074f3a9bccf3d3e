using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2015: a storage account does not encrypt data twice (infrastructure encryption).</summary>
public sealed class StorageInfrastructureEncryption : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2015",
        Name: "azure-storage-infrastructure-encryption",
        Title: "Storage account without infrastructure (double) encryption",
        Description: "An `azurerm_storage_account` does not set `infrastructure_encryption_enabled = true` (default false). It can only be set when the account is created.",
        Why: "Infrastructure encryption adds a second, independent layer of AES-256 encryption with a different key, so a flaw or compromise of one encryption layer does not expose the data; regulated workloads often require it.",
        HowToFix: "Set `infrastructure_encryption_enabled = true` on new accounts (existing accounts must be recreated).",
        Example: """
            ```hcl
            resource "azurerm_storage_account" "data" {
              infrastructure_encryption_enabled = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "azure", "storage"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AZU-0061", "tfsec:azure-storage-infrastructure-encryption-enabled"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_storage_account"];

    protected override IReadOnlyList<string> Attributes { get; } = ["infrastructure_encryption_enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "has no infrastructure encryption";
}
