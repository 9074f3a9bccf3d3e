using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2005: a network security rule lets the whole internet in, on any port.</summary>
public sealed class NsgOpenToInternet : NsgRuleCheck
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2005",
        Name: "azure-nsg-ingress-open-to-internet",
        Title: "Network security rule allows inbound traffic from the whole internet",
        Description: "An inbound Allow rule (`azurerm_network_security_rule`, or a `security_rule` of `azurerm_network_security_group`) has a source of `*`, `Internet`, `Any`, `0.0.0.0/0` or `::/0`, whatever its ports. IAC2001 additionally flags SSH, RDP and all-port rules as errors.",
        Why: "Every port opened to the whole internet is scanned within minutes; a service that was meant for a partner or an office becomes reachable by anyone, and a single vulnerability in it is exploitable from everywhere.",
        HowToFix: "Set the source to the ranges that need access (office, partner, Azure Front Door or Application Gateway service tags) instead of `*`/`Internet`; put public web traffic behind a load balancer or gateway.",
        Example: """
            ```hcl
            resource "azurerm_network_security_rule" "api" {
              direction                  = "Inbound"
              access                     = "Allow"
              protocol                   = "Tcp"
              source_address_prefix      = "*"            # fires
              destination_port_range     = "8443"
              # ...
            }
            ```
            becomes `source_address_prefix = "203.0.113.0/24"` (the partner's range) or `"AzureFrontDoor.Backend"`.
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 7.5,
        Tags: ["security", "terraform", "azure", "network"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AZU-0047", "tfsec:azure-network-no-public-ingress"],
        Precision: Precision.High);

    protected override Finding? Evaluate(ResourceInstance resource, Func<string, EvaluatedAttribute?> get)
    {
        if (!Is(get("direction")?.Value, "Inbound") || !Is(get("access")?.Value, "Allow")) return null;
        if (UnknownAddress(resource, get, "source") is { } note) return note;
        if (AnyAddressOf(get, "source") is not ({ } source, { } open)) return null;
        var ports = get("destination_port_range") ?? get("destination_port_ranges");
        var on = ports is not null && PortRanges(ports) is { } ranges ? $" on port {string.Join(", ", ranges)}" : "";
        return Report(resource, source.Location, open.Origin ?? source.Origin, $"{resource.Address} allows inbound traffic from {open.Value}{on}.");
    }
}
