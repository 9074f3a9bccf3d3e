using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3105: a VPC firewall rule opens a range of more than 30 ports.</summary>
public sealed class FirewallLargePortRange : GoogleFirewallRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3105",
        Name: "google-compute-firewall-large-port-range",
        Title: "Firewall rule allows a large port range",
        Description: "An enabled ingress `google_compute_firewall` has an `allow` block whose `ports` include a range spanning more than 30 ports (e.g. `\"8000-8050\"`), whatever its source.",
        Why: "Wide port ranges expose whatever happens to listen in them (debug endpoints, admin consoles, ephemeral services) rather than the services the rule was written for.",
        HowToFix: "List the ports the service uses, or split the range into the few narrow ranges that are needed.",
        Example: """
            ```hcl
            allow {
              protocol = "tcp"
              ports    = ["8080", "8443"] # instead of "8000-8999"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "google", "compute", "network"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0074"]);

    protected override bool InternetOnly => false;

    protected override string? Exposed(string protocol, IReadOnlyList<(int Low, int High)>? ports) =>
        ports?.FirstOrDefault(r => r.High - r.Low > 30) is { High: > 0 } wide ? $"the port range {wide.Low}-{wide.High} ({wide.High - wide.Low + 1} ports)" : null;
}
