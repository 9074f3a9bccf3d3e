using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2009: a Network Watcher flow log is switched off.</summary>
public sealed class FlowLogDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2009",
        Name: "azure-network-flow-log-disabled",
        Title: "Network Watcher flow log disabled",
        Description: "An `azurerm_network_watcher_flow_log` sets `enabled = false`.",
        Why: "A disabled flow log records nothing: traffic to and from the network security group or virtual network cannot be reviewed after an incident.",
        HowToFix: "Set `enabled = true`.",
        Example: """
            ```hcl
            resource "azurerm_network_watcher_flow_log" "nsg" {
              enabled = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "azure", "network"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AZU-0073", "tfsec:azure-network-network-watcher-flow-disabled"],
        Precision: Precision.VeryHigh);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_network_watcher_flow_log"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => true;

    protected override string Problem => "records no traffic";
}
