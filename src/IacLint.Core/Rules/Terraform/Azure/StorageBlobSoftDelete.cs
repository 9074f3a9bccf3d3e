using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2016: deleted blobs cannot be recovered (no soft delete).</summary>
public sealed class StorageBlobSoftDelete : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2016",
        Name: "azure-storage-blob-soft-delete",
        Title: "Storage account without blob soft delete",
        Description: "An `azurerm_storage_account` has no `blob_properties.delete_retention_policy` block (soft delete off), or sets its `days` below 1. Accounts of kind `FileStorage` have no blobs and are skipped.",
        Why: "Without soft delete, a blob deleted or overwritten by mistake, by a faulty deployment or by ransomware is gone at once; soft delete keeps it recoverable for the retention period.",
        HowToFix: "Add `blob_properties { delete_retention_policy { days = 7 } }` (or more), and a `container_delete_retention_policy`.",
        Example: """
            ```hcl
            resource "azurerm_storage_account" "data" {
              blob_properties {
                delete_retention_policy {
                  days = 14
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["reliability", "terraform", "azure", "storage"],
        Area: AuditArea.Backup,
        EquivalentIds: ["trivy:AVD-AZU-0056", "tfsec:azure-storage-blobs-soft-deletion-enabled"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_storage_account"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["blob_properties", "delete_retention_policy"];

    protected override IReadOnlyList<string> Attributes { get; } = ["days"];

    protected override string Problem => "has no blob soft delete";

    protected override string? WhenMissing(ResourceInstance resource) => null;

    protected override string? Judge(TfValue value, ResourceInstance resource) => TfConvert.TryNumber(value, out var days) && days < 1 ? $"= {Quote(value)}" : null;

    protected override string? WhenBlockMissing(ResourceInstance resource) => "is not set (soft delete off)";

    protected override bool Applies(ResourceInstance resource) => resource.Body.Attribute("account_kind")?.Value is not TfString { Value: "FileStorage" };
}
