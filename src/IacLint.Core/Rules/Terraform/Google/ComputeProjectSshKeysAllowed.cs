using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3178: an instance accepts project-wide SSH keys.</summary>
public sealed class ComputeProjectSshKeysAllowed : ComputeMetadataRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3178",
        Name: "google-compute-project-ssh-keys-allowed",
        Title: "Compute instance accepts project-wide SSH keys",
        Description: "A `google_compute_instance` or `google_compute_instance_template` does not set metadata `block-project-ssh-keys` to true (the default is false), and does not turn OS Login on in its own metadata (OS Login ignores metadata keys).",
        Why: "Project-wide SSH keys open every instance of the project to every key holder; one leaked key reaches all of them.",
        HowToFix: "Set `block-project-ssh-keys = \"TRUE\"` in the instance metadata, or use OS Login.",
        Example: """
            ```hcl
            resource "google_compute_instance" "app" {
              name         = "app"
              machine_type = "e2-standard-2"
              metadata = {
                block-project-ssh-keys = "TRUE"
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "google", "compute"],
        Area: AuditArea.Access,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0030", "tfsec:google-compute-no-project-wide-ssh-keys"],
        RelatedIds: ["checkov:CKV_GCP_32"]);

    protected override string Key => "block-project-ssh-keys";

    protected override bool SafeValue => true;

    protected override bool MissingIsUnsafe(ResourceInstance resource) => !OsLoginOn(resource);

    protected override string Problem => "accepts project-wide SSH keys";
}
