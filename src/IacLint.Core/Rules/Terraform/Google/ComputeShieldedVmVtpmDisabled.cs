using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3184: a VM has Shielded VM vTPM off.</summary>
public sealed class ComputeShieldedVmVtpmDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3184",
        Name: "google-compute-shielded-vm-vtpm-off",
        Title: "Compute instance has Shielded VM vTPM off",
        Description: "A `google_compute_instance` or `google_compute_instance_template` has `shielded_instance_config.enable_vtpm = false` (the default is true).",
        Why: "The virtual TPM measures the boot sequence and protects secrets (keys, credentials) sealed to the VM; without it measured boot and integrity monitoring do not work.",
        HowToFix: "Set `shielded_instance_config { enable_vtpm = true }` and use a Shielded VM image.",
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
        EquivalentIds: ["trivy:AVD-GCP-0041", "tfsec:google-compute-enable-shielded-vm-vtpm"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_compute_instance", "google_compute_instance_template"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["shielded_instance_config"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enable_vtpm"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => true;

    protected override string Problem => "has Shielded VM vTPM off";
}
