using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3183: a VM has Shielded VM Secure Boot off.</summary>
public sealed class ComputeShieldedVmSecureBootDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3183",
        Name: "google-compute-shielded-vm-secure-boot-off",
        Title: "Compute instance has Shielded VM Secure Boot off",
        Description: "A `google_compute_instance` or `google_compute_instance_template` has `shielded_instance_config.enable_secure_boot = false` or no such setting (the default is false).",
        Why: "Secure Boot only runs signed boot loaders and kernels, so a rootkit or bootkit cannot persist in the boot chain.",
        HowToFix: "Set `shielded_instance_config { enable_secure_boot = true }` and use a Shielded VM image.",
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
        EquivalentIds: ["trivy:AVD-GCP-0067"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_compute_instance", "google_compute_instance_template"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["shielded_instance_config"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enable_secure_boot"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "has Shielded VM Secure Boot off";
}
