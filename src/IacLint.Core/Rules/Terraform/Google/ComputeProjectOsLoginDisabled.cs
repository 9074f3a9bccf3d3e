using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3176: project metadata leaves OS Login off.</summary>
public sealed class ComputeProjectOsLoginDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3176",
        Name: "google-compute-project-os-login-disabled",
        Title: "Project metadata does not enable OS Login",
        Description: "A `google_compute_project_metadata` has no `enable-oslogin` key or sets it to false, or a `google_compute_project_metadata_item` with key `enable-oslogin` has a false value.",
        Why: "OS Login ties SSH access to IAM identities (with 2-step verification and audit logs); without it at project level, every instance falls back to unmanaged metadata SSH keys.",
        HowToFix: "Set `enable-oslogin = \"TRUE\"` in the project metadata.",
        Example: """
            ```hcl
            resource "google_compute_project_metadata" "default" {
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
        EquivalentIds: ["trivy:AVD-GCP-0042", "tfsec:google-compute-project-level-oslogin"],
        RelatedIds: ["checkov:CKV_GCP_33"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_compute_project_metadata", "google_compute_project_metadata_item"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Type == "google_compute_project_metadata_item")
        {
            if (resource.Body.Attribute("key")?.Value is not TfString { Value: "enable-oslogin" }) yield break;
            var item = resource.Body.Attribute("value");
            if (item is not null && item.Value.IsKnown && GoogleBlocks.Flag(item.Value) == false)
            {
                yield return Report(resource, item, $"{resource.Address} turns OS Login off for the project: enable-oslogin = {item.Value}.");
            }
            yield break;
        }
        var metadata = resource.Body.Attribute("metadata");
        if (metadata is null || !metadata.Value.IsKnown) yield break;
        var value = GoogleBlocks.MapEntry(metadata, "enable-oslogin");
        if (value is null) yield return Report(resource, metadata, $"{resource.Address} does not enable OS Login for the project: metadata key enable-oslogin is not set.");
        else if (value.IsKnown && GoogleBlocks.Flag(value) == false) yield return Report(resource, metadata, $"{resource.Address} turns OS Login off for the project: enable-oslogin = {value}.");
    }
}
