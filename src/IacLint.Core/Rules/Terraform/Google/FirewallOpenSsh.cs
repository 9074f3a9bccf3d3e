using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3100: a VPC firewall rule lets the whole internet reach SSH.</summary>
public sealed class FirewallOpenSsh : GoogleFirewallRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3100",
        Name: "google-compute-firewall-open-ssh",
        Title: "Firewall rule open to the internet on SSH (22)",
        Description: "An enabled ingress `google_compute_firewall` allows TCP port 22 (explicitly, through a port range, or by allowing every port) from `0.0.0.0/0` or `::/0` - also when `source_ranges` is left out and no source tags or service accounts are named, because Google then uses `0.0.0.0/0`. Target tags do not limit the source, so they do not exempt the rule.",
        Why: "SSH open to the internet is scanned within minutes and brute-forced continuously; a single weak key or an unpatched sshd becomes a foothold in the VPC.",
        HowToFix: "Limit `source_ranges` to known ranges, or use Identity-Aware Proxy TCP forwarding (`35.235.240.0/20`) or OS Login with a bastion instead of opening SSH to everyone.",
        Example: """
            ```hcl
            resource "google_compute_firewall" "ssh" {
              network       = google_compute_network.main.name
              source_ranges = ["35.235.240.0/20"] # IAP only, instead of 0.0.0.0/0
              allow {
                protocol = "tcp"
                ports    = ["22"]
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.6,
        Tags: ["security", "terraform", "google", "compute", "network"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0071"],
        RelatedIds: ["checkov:CKV_GCP_2"]);

    protected override string? Exposed(string protocol, IReadOnlyList<(int Low, int High)>? ports) =>
        AllowsTcpPort(protocol, ports, 22) ? "SSH (22)" : null;
}
