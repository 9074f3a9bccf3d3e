using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2017: blob versioning is off.</summary>
public sealed class StorageBlobVersioning : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2017",
        Name: "azure-storage-blob-versioning",
        Title: "Storage account without blob versioning",
        Description: "An `azurerm_storage_account` does not set `blob_properties.versioning_enabled = true` (default false). Accounts of kind `FileStorage` are skipped.",
        Why: "Versioning keeps every previous version of a blob, so data overwritten by a bug, a bad deployment or ransomware can be restored; soft delete alone does not protect against overwrites.",
        HowToFix: "Set `blob_properties { versioning_enabled = true }` and a lifecycle rule that removes old versions after the retention you need.",
        Example: """
            ```hcl
            resource "azurerm_storage_account" "data" {
              blob_properties {
                versioning_enabled = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["reliability", "terraform", "azure", "storage"],
        Area: AuditArea.Backup,
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_storage_account"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["blob_properties"];

    protected override IReadOnlyList<string> Attributes { get; } = ["versioning_enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "keeps no blob versions";

    protected override bool Applies(ResourceInstance resource) => resource.Body.Attribute("account_kind")?.Value is not TfString { Value: "FileStorage" };
}
