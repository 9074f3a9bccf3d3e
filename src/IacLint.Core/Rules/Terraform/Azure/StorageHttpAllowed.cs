using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2003: a storage account accepts plain HTTP.</summary>
public sealed class StorageHttpAllowed : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2003",
        Name: "azure-storage-http-allowed",
        Title: "Azure storage accepts plain HTTP",
        Description: "An `azurerm_storage_account` sets `https_traffic_only_enabled` (or the older `enable_https_traffic_only`) to false.",
        Why: "Requests over plain HTTP carry SAS tokens, keys and data in clear text that anyone on the path can read or change.",
        HowToFix: "Leave `https_traffic_only_enabled` at its default (true) or set it to true.",
        Example: """
            ```hcl
            resource "azurerm_storage_account" "data" {
              https_traffic_only_enabled = true
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.4,
        Tags: ["security", "encryption", "terraform", "azure", "storage"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-319",
        EquivalentIds: ["checkov:CKV_AZURE_3", "trivy:AVD-AZU-0008", "tfsec:azure-storage-enforce-https"],
        Precision: Precision.VeryHigh);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_storage_account"];

    protected override IReadOnlyList<string> Attributes { get; } = ["https_traffic_only_enabled", "enable_https_traffic_only"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => true;

    protected override string Problem => "accepts plain HTTP";
}
