using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3180: an instance may forward packets it does not own.</summary>
public sealed class ComputeIpForwardingEnabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3180",
        Name: "google-compute-ip-forwarding",
        Title: "Compute instance can forward IP packets",
        Description: "A `google_compute_instance` or `google_compute_instance_template` has `can_ip_forward = true`.",
        Why: "An instance that forwards packets can route traffic around firewall rules and spoof other addresses; only NAT gateways and network appliances need it.",
        HowToFix: "Remove `can_ip_forward` (the default is false) unless the instance is a router or appliance - then suppress with a reason.",
        Example: """
            ```hcl
            resource "google_compute_instance" "app" {
              name         = "app"
              machine_type = "e2-standard-2"
              can_ip_forward = false
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "google", "compute"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0043", "tfsec:google-compute-no-ip-forwarding"],
        RelatedIds: ["checkov:CKV_GCP_36"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_compute_instance", "google_compute_instance_template"];

    protected override IReadOnlyList<string> Attributes { get; } = ["can_ip_forward"];

    protected override bool SafeValue => false;

    protected override bool DefaultValue => false;

    protected override string Problem => "may forward IP packets";
}
