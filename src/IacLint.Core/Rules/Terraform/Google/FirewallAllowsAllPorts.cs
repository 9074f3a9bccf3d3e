using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3103: a VPC firewall rule allows every port, whatever its source.</summary>
public sealed class FirewallAllowsAllPorts : GoogleFirewallRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3103",
        Name: "google-compute-firewall-all-ports",
        Title: "Firewall rule allows every port",
        Description: "An enabled ingress `google_compute_firewall` has an `allow` block with protocol `all`, or TCP/UDP/SCTP without `ports` or with a range covering 1-65535 - whatever the source ranges. When the source is the internet IAC3102 reports it too.",
        Why: "Allowing every port, even from inside the network, lets a compromised machine reach every service of its neighbours (databases, admin consoles, debug ports) and makes lateral movement trivial. Rules should name the ports a workload needs.",
        HowToFix: "List the ports the traffic needs in `ports` (e.g. `[\"443\", \"8080\"]`), in separate rules per purpose.",
        Example: """
            ```hcl
            allow {
              protocol = "tcp"
              ports    = ["443", "8080"] # instead of no ports (every TCP port)
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.3,
        Tags: ["security", "terraform", "google", "compute", "network"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0072"]);

    protected override bool InternetOnly => false;

    protected override string? Exposed(string protocol, IReadOnlyList<(int Low, int High)>? ports) =>
        protocol == "all" || (protocol is "tcp" or "udp" or "sctp" && CoversAllPorts(ports)) ? Describe(protocol, ports) : null;
}
