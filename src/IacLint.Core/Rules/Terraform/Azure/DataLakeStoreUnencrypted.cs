using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2073: a Data Lake Store (Gen1) is not encrypted.</summary>
public sealed class DataLakeStoreUnencrypted : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2073",
        Name: "azure-datalake-unencrypted",
        Title: "Data Lake Store encryption disabled",
        Description: "An `azurerm_data_lake_store` sets `encryption_state = \"Disabled\"` (default `Enabled`).",
        Why: "Without encryption at rest, data lake contents are readable to anyone who gains access to the underlying storage or its copies.",
        HowToFix: "Remove `encryption_state` or set it to `\"Enabled\"`.",
        Example: """
            ```hcl
            resource "azurerm_data_lake_store" "lake" {
              encryption_state = "Enabled"
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "azure", "datalake"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AZU-0036", "tfsec:azure-datalake-enable-at-rest-encryption", "checkov:CKV_AZURE_105"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_data_lake_store"];

    protected override IReadOnlyList<string> Attributes { get; } = ["encryption_state"];

    protected override string Problem => "is not encrypted";

    protected override string? WhenMissing(ResourceInstance resource) => null;

    protected override string? Judge(TfValue value, ResourceInstance resource) => value is TfString { Value: var state } && state.Equals("Disabled", StringComparison.OrdinalIgnoreCase) ? $"= {Quote(value)}" : null;
}
