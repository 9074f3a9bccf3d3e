using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2074: a Synapse workspace runs without a managed virtual network.</summary>
public sealed class SynapseNoManagedVnet : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2074",
        Name: "azure-synapse-no-managed-vnet",
        Title: "Synapse workspace without a managed virtual network",
        Description: "An `azurerm_synapse_workspace` does not set `managed_virtual_network_enabled = true` (default false). It can only be chosen when the workspace is created.",
        Why: "Without a managed virtual network, Spark pools and integration runtimes share network space with other tenants and can reach any endpoint; with it they are isolated and reach data sources only through managed private endpoints, which also blocks exfiltration.",
        HowToFix: "Set `managed_virtual_network_enabled = true` (and `data_exfiltration_protection_enabled = true`) when creating the workspace.",
        Example: """
            ```hcl
            resource "azurerm_synapse_workspace" "analytics" {
              managed_virtual_network_enabled      = true
              data_exfiltration_protection_enabled = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "azure", "synapse"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AZU-0034", "tfsec:azure-synapse-virtual-network-enabled", "checkov:CKV_AZURE_58"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_synapse_workspace"];

    protected override IReadOnlyList<string> Attributes { get; } = ["managed_virtual_network_enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "has no managed virtual network";
}
