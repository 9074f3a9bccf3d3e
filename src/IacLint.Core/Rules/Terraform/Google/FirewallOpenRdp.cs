using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3101: a VPC firewall rule lets the whole internet reach RDP.</summary>
public sealed class FirewallOpenRdp : GoogleFirewallRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3101",
        Name: "google-compute-firewall-open-rdp",
        Title: "Firewall rule open to the internet on RDP (3389)",
        Description: "An enabled ingress `google_compute_firewall` allows TCP port 3389 (explicitly, through a port range, or by allowing every port) from `0.0.0.0/0` or `::/0`, or names no source at all (Google then uses `0.0.0.0/0`). Source and target tags do not narrow an explicit `0.0.0.0/0` source, so they do not exempt the rule.",
        Why: "RDP exposed to the internet is one of the most common ransomware entry points: it is brute-forced constantly and has had wormable vulnerabilities.",
        HowToFix: "Limit `source_ranges` to known ranges or use Identity-Aware Proxy TCP forwarding (`35.235.240.0/20`) instead of exposing RDP.",
        Example: """
            ```hcl
            resource "google_compute_firewall" "rdp" {
              network       = google_compute_network.main.name
              source_ranges = ["35.235.240.0/20"] # IAP only, instead of 0.0.0.0/0
              allow {
                protocol = "tcp"
                ports    = ["3389"]
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.6,
        Tags: ["security", "terraform", "google", "compute", "network"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0070"],
        RelatedIds: ["checkov:CKV_GCP_3"]);

    protected override string? Exposed(string protocol, IReadOnlyList<(int Low, int High)>? ports) =>
        AllowsTcpPort(protocol, ports, 3389) ? "RDP (3389)" : null;
}
