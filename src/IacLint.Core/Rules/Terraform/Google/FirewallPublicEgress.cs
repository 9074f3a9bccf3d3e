using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3104: a VPC firewall rule allows egress to the whole internet.</summary>
public sealed class FirewallPublicEgress : GoogleFirewallRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3104",
        Name: "google-compute-firewall-public-egress",
        Title: "Firewall rule allows egress to the whole internet",
        Description: "An enabled `google_compute_firewall` with `direction = \"EGRESS\"` allows traffic to `0.0.0.0/0` or `::/0`, or names no destination (Google then uses `0.0.0.0/0`).",
        Why: "Unrestricted egress lets malware download tools, reach its command-and-control server and exfiltrate data. Workloads that need the internet usually need a few destinations, or only Google APIs (Private Google Access).",
        HowToFix: "Set `destination_ranges` to the ranges the workload needs, and add a low-priority deny-all egress rule so the implied allow-all does not apply.",
        Example: """
            ```hcl
            resource "google_compute_firewall" "egress" {
              network            = google_compute_network.main.name
              direction          = "EGRESS"
              destination_ranges = ["199.36.153.8/30"] # private.googleapis.com, instead of 0.0.0.0/0
              allow {
                protocol = "tcp"
                ports    = ["443"]
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "google", "compute", "network"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0035", "tfsec:google-compute-no-public-egress"]);

    protected override string Direction => "EGRESS";

    protected override string? Exposed(string protocol, IReadOnlyList<(int Low, int High)>? ports) => Describe(protocol, ports);
}
