using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3185: a VM has Shielded VM integrity monitoring off.</summary>
public sealed class ComputeShieldedVmIntegrityMonitoringDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3185",
        Name: "google-compute-shielded-vm-integrity-monitoring-off",
        Title: "Compute instance has Shielded VM integrity monitoring off",
        Description: "A `google_compute_instance` or `google_compute_instance_template` has `shielded_instance_config.enable_integrity_monitoring = false` (the default is true).",
        Why: "Integrity monitoring compares each boot with a known-good baseline and reports tampering with the boot chain to Cloud Monitoring.",
        HowToFix: "Set `shielded_instance_config { enable_integrity_monitoring = true }` and use a Shielded VM image.",
        Example: """
            ```hcl
            resource "google_compute_instance" "app" {
              name         = "app"
              machine_type = "e2-standard-2"
              shielded_instance_config {
                enable_secure_boot          = true
                enable_vtpm                 = true
                enable_integrity_monitoring = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.5,
        Tags: ["security", "terraform", "google", "compute"],
        Area: AuditArea.Config,
        Cwe: "CWE-693",
        EquivalentIds: ["trivy:AVD-GCP-0045", "tfsec:google-compute-enable-shielded-vm-im"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_compute_instance", "google_compute_instance_template"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["shielded_instance_config"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enable_integrity_monitoring"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => true;

    protected override string Problem => "has Shielded VM integrity monitoring off";
}
