using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2001: a network security group lets the internet reach SSH, RDP or every port.</summary>
public sealed class NsgOpenAdminPorts : NsgRuleCheck
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2001",
        Name: "azure-nsg-open-admin-ports",
        Title: "Network security group open to the internet on SSH, RDP or all ports",
        Description: "An inbound Allow rule (`azurerm_network_security_rule`, or a `security_rule` of `azurerm_network_security_group`) for TCP, UDP or any protocol has a source of `*`, `Internet`, `Any` or `0.0.0.0/0` and a destination port range that includes 22, 3389 or every port. (ICMP rules carry no ports.)",
        Why: "SSH and RDP exposed to the internet are brute-forced continuously; one weak password or unpatched service gives an attacker a foothold in the virtual network.",
        HowToFix: "Restrict the source to known ranges, or use Azure Bastion or just-in-time VM access instead of opening the ports.",
        Example: """
            ```hcl
            security_rule {
              name                       = "ssh"
              direction                  = "Inbound"
              access                     = "Allow"
              protocol                   = "Tcp"
              source_address_prefix      = "*"
              destination_port_range     = "22"
              source_port_range          = "*"
              destination_address_prefix = "*"
              priority                   = 100
            }
            ```
            becomes `source_address_prefix = "10.20.0.0/16"`, or Azure Bastion.
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 9.1,
        Tags: ["security", "terraform", "azure", "network"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["checkov:CKV_AZURE_10", "checkov:CKV_AZURE_9", "trivy:AVD-AZU-0050", "trivy:AVD-AZU-0048", "tfsec:azure-network-ssh-blocked-from-internet", "tfsec:azure-network-disable-rdp-from-internet"],
        Precision: Precision.High,
        RelatedIds: ["trivy:AVD-AZU-0047", "tfsec:azure-network-no-public-ingress"]);

    protected override Finding? Evaluate(ResourceInstance resource, Func<string, EvaluatedAttribute?> get)
    {
        if (!Is(get("direction")?.Value, "Inbound") || !Is(get("access")?.Value, "Allow") || !CarriesPorts(get)) return null;
        if (UnknownAddress(resource, get, "source") is { } note) return note;
        if (AnyAddressOf(get, "source") is not ({ } source, { } open)) return null;
        var ports = get("destination_port_range") ?? get("destination_port_ranges");
        if (ports is null) return null;
        if (PortRanges(ports) is not { } ranges) return CouldNotEvaluate(resource, ports, "the destination ports", ports.Value);
        string? exposed = ranges.Any(IsAllPorts) ? "all ports"
            : ranges.Any(r => Covers(r, 22)) ? "SSH (22)"
            : ranges.Any(r => Covers(r, 3389)) ? "RDP (3389)"
            : null;
        if (exposed is null) return null;
        return Report(resource, source.Location, open.Origin ?? source.Origin, $"{resource.Address} allows {open.Value} to reach {exposed}.");
    }
}
