using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2001: a network security group lets the internet reach SSH, RDP or every port.</summary>
public sealed class NsgOpenAdminPorts : ResourceRule
{
    private static readonly HashSet<string> AnySource = new(StringComparer.OrdinalIgnoreCase) { "*", "0.0.0.0/0", "0.0.0.0", "internet", "any", "::/0" };

    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2001",
        Name: "azure-nsg-open-admin-ports",
        Title: "Network security group open to the internet on SSH, RDP or all ports",
        Description: "An inbound Allow rule (`azurerm_network_security_rule`, or a `security_rule` of `azurerm_network_security_group`) has a source of `*`, `Internet`, `Any` or `0.0.0.0/0` and a destination port range that includes 22, 3389 or every port.",
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
        Tags: ["security", "network", "terraform", "azure"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["checkov:CKV_AZURE_10", "checkov:CKV_AZURE_9", "trivy:AVD-AZU-0047", "trivy:AVD-AZU-0050", "trivy:AVD-AZU-0048", "tfsec:azure-network-no-public-ingress", "tfsec:azure-network-ssh-blocked-from-internet", "tfsec:azure-network-disable-rdp-from-internet"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_network_security_rule", "azurerm_network_security_group"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Type == "azurerm_network_security_rule")
        {
            if (Evaluate(resource, resource.Body.Attribute) is { } finding) yield return finding;
            yield break;
        }
        foreach (var rule in resource.Body.Blocks("security_rule"))
        {
            if (Evaluate(resource, rule.Attribute) is { } finding) yield return finding;
        }
    }

    private Finding? Evaluate(ResourceInstance resource, Func<string, EvaluatedAttribute?> get)
    {
        if (!Is(get("direction")?.Value, "Inbound") || !Is(get("access")?.Value, "Allow")) return null;
        var source = get("source_address_prefix") ?? get("source_address_prefixes");
        if (source is null) return null;
        if (!source.Value.IsWhollyKnown) return CouldNotEvaluate(resource, source, "the source address", source.Value);
        var sources = source.Value is TfList list ? list.Items : [source.Value];
        var open = sources.OfType<TfString>().FirstOrDefault(s => AnySource.Contains(s.Value));
        if (open is null) return null;
        var ports = get("destination_port_range") ?? get("destination_port_ranges");
        if (ports is null) return null;
        if (!ports.Value.IsWhollyKnown) return CouldNotEvaluate(resource, ports, "the destination ports", ports.Value);
        var ranges = (ports.Value is TfList portList ? portList.Items : [ports.Value]).OfType<TfString>().Select(p => p.Value).ToList();
        string? exposed = ranges.Any(r => r is "*" or "0-65535") ? "all ports"
            : ranges.Any(r => Covers(r, 22)) ? "SSH (22)"
            : ranges.Any(r => Covers(r, 3389)) ? "RDP (3389)"
            : null;
        if (exposed is null) return null;
        return Report(resource, source.Location, open.Origin ?? source.Origin, $"{resource.Address} allows {open.Value} to reach {exposed}.");
    }

    private static bool Is(TfValue? value, string expected) => value is TfString s && s.Value.Equals(expected, StringComparison.OrdinalIgnoreCase);

    private static bool Covers(string range, int port)
    {
        var dash = range.IndexOf('-');
        if (dash < 0) return int.TryParse(range, out var single) && single == port;
        return int.TryParse(range[..dash], out var low) && int.TryParse(range[(dash + 1)..], out var high) && low <= port && port <= high;
    }
}
