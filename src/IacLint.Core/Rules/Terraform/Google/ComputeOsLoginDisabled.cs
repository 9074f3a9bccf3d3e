using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3175: an instance overrides OS Login to off.</summary>
public sealed class ComputeOsLoginDisabled : ComputeMetadataRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3175",
        Name: "google-compute-os-login-disabled",
        Title: "Compute instance turns OS Login off",
        Description: "A `google_compute_instance` or `google_compute_instance_template` sets metadata `enable-oslogin` to false, overriding the project setting.",
        Why: "Without OS Login, SSH access is managed with keys in metadata that nobody reviews, do not expire and are not tied to IAM or 2-step verification; removing a person's access means finding their keys.",
        HowToFix: "Remove the `enable-oslogin` override (and enable OS Login in project metadata), or set it to `\"TRUE\"`.",
        Example: """
            ```hcl
            resource "google_compute_instance" "app" {
              name         = "app"
              machine_type = "e2-standard-2"
              metadata = {
                enable-oslogin = "TRUE"
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.5,
        Tags: ["security", "terraform", "google", "compute"],
        Area: AuditArea.Access,
        Cwe: "CWE-287",
        EquivalentIds: ["trivy:AVD-GCP-0036", "tfsec:google-compute-no-oslogin-override"]);

    protected override string Key => "enable-oslogin";

    protected override bool SafeValue => true;

    protected override bool MissingIsUnsafe(ResourceInstance resource) => false;

    protected override string Problem => "turns OS Login off";
}
