using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2072: a data factory is reachable over the public network.</summary>
public sealed class DataFactoryPublicNetwork : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2072",
        Name: "azure-datafactory-public-network",
        Title: "Data Factory has public network access enabled",
        Description: "An `azurerm_data_factory` does not set `public_network_enabled = false` (default true).",
        Why: "A data factory holds linked-service credentials to databases and storage; with public network access its endpoints and integration runtimes can be reached from the internet instead of only through private endpoints.",
        HowToFix: "Set `public_network_enabled = false` and use private endpoints (and a managed virtual network).",
        Example: """
            ```hcl
            resource "azurerm_data_factory" "etl" {
              public_network_enabled          = false
              managed_virtual_network_enabled = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "azure", "datafactory"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AZU-0035", "tfsec:azure-datafactory-no-public-access", "checkov:CKV_AZURE_104"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_data_factory"];

    protected override IReadOnlyList<string> Attributes { get; } = ["public_network_enabled"];

    protected override bool SafeValue => false;

    protected override bool DefaultValue => true;

    protected override string Problem => "is reachable over the public network";
}
