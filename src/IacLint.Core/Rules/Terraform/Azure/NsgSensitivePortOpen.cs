using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2007: a network security rule exposes a sensitive service port (Telnet, FTP, SMB, databases…) to the internet.</summary>
public sealed class NsgSensitivePortOpen : NsgRuleCheck
{
    // Services that are never meant to face the internet directly.
    private static readonly (int Port, string Service)[] Sensitive =
    [
        (20, "FTP data"), (21, "FTP"), (22, "SSH"), (23, "Telnet"), (25, "SMTP"), (53, "DNS"), (110, "POP3"), (135, "MS RPC"),
        (137, "NetBIOS"), (138, "NetBIOS"), (139, "NetBIOS"), (161, "SNMP"), (389, "LDAP"), (445, "SMB"), (636, "LDAPS"),
        (1433, "SQL Server"), (1434, "SQL Server browser"), (1521, "Oracle"), (2375, "Docker API"), (2376, "Docker API"),
        (3306, "MySQL"), (3389, "RDP"), (5432, "PostgreSQL"), (5500, "VNC"), (5900, "VNC"), (5985, "WinRM"), (5986, "WinRM"),
        (6379, "Redis"), (9200, "Elasticsearch"), (9300, "Elasticsearch"), (11211, "Memcached"), (27017, "MongoDB"),
    ];

    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2007",
        Name: "azure-nsg-sensitive-port-open",
        Title: "Network security rule exposes a sensitive service port to the internet",
        Description: "An inbound Allow rule for TCP, UDP or any protocol, with a source of `*`, `Internet`, `Any` or `0.0.0.0/0`, opens a port of a service that must not face the internet: FTP, SSH, Telnet, SMTP, DNS, POP3, RPC, NetBIOS, SNMP, LDAP, SMB, SQL Server, Oracle, Docker API, MySQL, RDP, PostgreSQL, VNC, WinRM, Redis, Elasticsearch, Memcached or MongoDB. Rules open on every port are IAC2001's.",
        Why: "These services carry credentials or data in clear text, have a history of wormable vulnerabilities, or give full control of a host or database; exposed, they are among the first things attackers scan for.",
        HowToFix: "Restrict the source to private or known ranges, reach the service over a VPN, Private Link or Azure Bastion, and keep databases on private endpoints.",
        Example: """
            ```hcl
            security_rule {
              direction              = "Inbound"
              access                 = "Allow"
              protocol               = "Tcp"
              source_address_prefix  = "*"                 # fires: Telnet open to everyone
              destination_port_range = "23"
              # ...
            }
            ```
            becomes `source_address_prefix = "10.0.0.0/8"`, or remove the rule.
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.2,
        Tags: ["security", "terraform", "azure", "network"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AZU-0074", "tfsec:azure-network-sensitive-port-is-exposed-to-entire-network"],
        Precision: Precision.High);

    protected override Finding? Evaluate(ResourceInstance resource, Func<string, EvaluatedAttribute?> get)
    {
        if (!Is(get("direction")?.Value, "Inbound") || !Is(get("access")?.Value, "Allow") || !CarriesPorts(get)) return null;
        if (UnknownAddress(resource, get, "source") is { } note) return note;
        if (AnyAddressOf(get, "source") is not ({ }, { } open)) return null;
        var ports = get("destination_port_range") ?? get("destination_port_ranges");
        if (ports is null) return null;
        if (PortRanges(ports) is not { } ranges) return CouldNotEvaluate(resource, ports, "the destination ports", ports.Value);
        if (ranges.Any(IsAllPorts)) return null;
        var hit = Sensitive.Where(s => ranges.Any(r => Covers(r, s.Port))).ToList();
        if (hit.Count == 0) return null;
        var services = string.Join(", ", hit.Select(s => $"{s.Service} ({s.Port})").Distinct());
        return Report(resource, ports, $"{resource.Address} exposes {services} to {open.Value}.");
    }
}
