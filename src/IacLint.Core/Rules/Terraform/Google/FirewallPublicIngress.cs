using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3102: a VPC firewall rule lets the whole internet in, on any port or protocol.</summary>
public sealed class FirewallPublicIngress : GoogleFirewallRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3102",
        Name: "google-compute-firewall-public-ingress",
        Title: "Firewall rule allows ingress from the whole internet",
        Description: "An enabled ingress `google_compute_firewall` allows traffic from `0.0.0.0/0` or `::/0` on any protocol or port, or names no source at all (Google then uses `0.0.0.0/0`). IAC3100 and IAC3101 single out SSH and RDP; this rule reports every internet-facing allow rule so each one is a reviewed decision.",
        Why: "Every port open to the internet is attack surface: services behind it are found by mass scanners and attacked without any need to be inside the network. Internet-facing services are better exposed through a load balancer than through instance firewall rules.",
        HowToFix: "Limit `source_ranges` to the ranges that need access (a partner, the load balancer and health-check ranges `130.211.0.0/22` and `35.191.0.0/16`), or suppress the finding for a deliberately public service with a justification.",
        Example: """
            ```hcl
            resource "google_compute_firewall" "web" {
              network       = google_compute_network.main.name
              source_ranges = ["130.211.0.0/22", "35.191.0.0/16"] # load balancer only
              allow {
                protocol = "tcp"
                ports    = ["443"]
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 7.0,
        Tags: ["security", "terraform", "google", "compute", "network"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0027", "tfsec:google-compute-no-public-ingress"]);

    protected override string? Exposed(string protocol, IReadOnlyList<(int Low, int High)>? ports) => Describe(protocol, ports);
}
