using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2006: a network security rule explicitly allows outbound traffic to the whole internet.</summary>
public sealed class NsgOpenEgress : NsgRuleCheck
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2006",
        Name: "azure-nsg-egress-open-to-internet",
        Title: "Network security rule allows outbound traffic to the whole internet",
        Description: "An outbound Allow rule (`azurerm_network_security_rule`, or a `security_rule` of `azurerm_network_security_group`) has a destination of `*`, `Internet`, `Any`, `0.0.0.0/0` or `::/0`.",
        Why: "Unrestricted egress lets a compromised workload download tooling and exfiltrate data to any host; restricting egress to the services a workload needs turns both into visible, blocked connection attempts.",
        HowToFix: "Allow outbound traffic only to the address ranges or service tags the workload needs (`Storage`, `AzureKeyVault`, a firewall's address), and route the rest through Azure Firewall.",
        Example: """
            ```hcl
            resource "azurerm_network_security_rule" "out" {
              direction                  = "Outbound"
              access                     = "Allow"
              destination_address_prefix = "*"             # fires
              # ...
            }
            ```
            becomes `destination_address_prefix = "Storage"` (a service tag) or the firewall's private address.
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.3,
        Tags: ["security", "terraform", "azure", "network"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AZU-0051", "tfsec:azure-network-no-public-egress"],
        Precision: Precision.Medium);

    protected override Finding? Evaluate(ResourceInstance resource, Func<string, EvaluatedAttribute?> get)
    {
        if (!Is(get("direction")?.Value, "Outbound") || !Is(get("access")?.Value, "Allow")) return null;
        if (UnknownAddress(resource, get, "destination") is { } note) return note;
        if (AnyAddressOf(get, "destination") is not ({ } destination, { } open)) return null;
        return Report(resource, destination.Location, open.Origin ?? destination.Origin, $"{resource.Address} allows outbound traffic to {open.Value}.");
    }
}
