using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2010: a network interface forwards traffic not addressed to it.</summary>
public sealed class NicIpForwarding : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2010",
        Name: "azure-network-nic-ip-forwarding",
        Title: "Network interface has IP forwarding enabled",
        Description: "An `azurerm_network_interface` sets `ip_forwarding_enabled` (or the older `enable_ip_forwarding`) to true.",
        Why: "A VM that forwards packets can route traffic around network security groups and route tables; unless it is a deliberate network virtual appliance, a compromised VM with forwarding on becomes a pivot into other subnets.",
        HowToFix: "Remove `ip_forwarding_enabled` or set it to false; keep it only on network virtual appliances (firewalls, routers) and mark those with a suppression that says so.",
        Example: """
            ```hcl
            resource "azurerm_network_interface" "app" {
              ip_forwarding_enabled = false
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "azure", "network"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AZU-0075", "tfsec:azure-network-network-ip-forwarding-enabled", "checkov:CKV_AZURE_118"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_network_interface"];

    protected override IReadOnlyList<string> Attributes { get; } = ["ip_forwarding_enabled", "enable_ip_forwarding"];

    protected override bool SafeValue => false;

    protected override bool DefaultValue => false;

    protected override string Problem => "forwards traffic not addressed to it";
}
