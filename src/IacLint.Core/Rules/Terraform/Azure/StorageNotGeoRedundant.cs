using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2018: a storage account keeps its data in one region only.</summary>
public sealed class StorageNotGeoRedundant : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2018",
        Name: "azure-storage-geo-redundancy",
        Title: "Storage account is not geo-redundant",
        Description: "An `azurerm_storage_account` has `account_replication_type` `LRS` or `ZRS`: its data lives in a single region.",
        Why: "A regional outage or disaster makes locally or zone-redundant data unavailable or lost; geo-redundant replication (GRS, RA-GRS, GZRS, RA-GZRS) keeps a copy in the paired region.",
        HowToFix: "Use `account_replication_type = \"GZRS\"` (or `GRS`/`RAGRS`/`RAGZRS`) for data that must survive a regional outage.",
        Example: """
            ```hcl
            resource "azurerm_storage_account" "data" {
              account_replication_type = "GZRS"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["reliability", "terraform", "azure", "storage"],
        Area: AuditArea.Backup,
        EquivalentIds: ["trivy:AVD-AZU-0058", "tfsec:azure-storage-enable-geo-redundant-backups"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_storage_account"];

    protected override IReadOnlyList<string> Attributes { get; } = ["account_replication_type"];

    protected override string Problem => "is not geo-redundant";

    protected override string? WhenMissing(ResourceInstance resource) => null;

    protected override string? Judge(TfValue value, ResourceInstance resource) => value is TfString { Value: var type } && (type.Equals("LRS", StringComparison.OrdinalIgnoreCase) || type.Equals("ZRS", StringComparison.OrdinalIgnoreCase)) ? $"= {Quote(value)}" : null;
}
