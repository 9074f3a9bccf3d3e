using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3177: an instance enables the interactive serial port.</summary>
public sealed class ComputeSerialPortEnabled : ComputeMetadataRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3177",
        Name: "google-compute-serial-port-enabled",
        Title: "Compute instance enables the interactive serial console",
        Description: "A `google_compute_instance` or `google_compute_instance_template` sets metadata `serial-port-enable` to true.",
        Why: "The interactive serial console accepts connections from any IP address and is not filtered by VPC firewall rules; anyone with the right key and IAM permission reaches a login prompt.",
        HowToFix: "Remove `serial-port-enable` (or set it to false); use it temporarily for troubleshooting only.",
        Example: """
            ```hcl
            resource "google_compute_instance" "app" {
              name         = "app"
              machine_type = "e2-standard-2"
              metadata = {
                serial-port-enable = "false"
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "google", "compute"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0032", "tfsec:google-compute-no-serial-port"],
        RelatedIds: ["checkov:CKV_GCP_35"]);

    protected override string Key => "serial-port-enable";

    protected override bool SafeValue => false;

    protected override bool MissingIsUnsafe(ResourceInstance resource) => false;

    protected override string Problem => "enables the interactive serial console";
}
