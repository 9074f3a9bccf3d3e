using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3171: a GKE cluster does not use alias IP ranges.</summary>
public sealed class GkeIpAliasingDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3171",
        Name: "google-gke-ip-aliasing-disabled",
        Title: "GKE cluster is routes-based (no VPC-native IP aliasing)",
        Description: "A `google_container_cluster` has `networking_mode = \"ROUTES\"`. With neither `networking_mode` nor an `ip_allocation_policy` block the mode depends on the provider version (routes-based before google provider 5.0, VPC-native since), which is reported as a note.",
        Why: "Routes-based clusters cannot use private clusters fully, Private Service Connect or network endpoint groups, and pod addresses are not first-class VPC addresses that firewall rules and flow logs understand.",
        HowToFix: "Add `ip_allocation_policy {}` (optionally with named secondary ranges) and `networking_mode = \"VPC_NATIVE\"` when creating the cluster.",
        Example: """
            ```hcl
            resource "google_container_cluster" "main" {
              name     = "main"
              location = "europe-west1"
              networking_mode = "VPC_NATIVE"
              ip_allocation_policy {}
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "google", "gke"],
        Area: AuditArea.Config,
        Cwe: "CWE-693",
        EquivalentIds: ["trivy:AVD-GCP-0049", "tfsec:google-gke-enable-ip-aliasing"],
        RelatedIds: ["checkov:CKV_GCP_23"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_container_cluster"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (IsTrue(resource.Body.Attribute("enable_autopilot")?.Value)) yield break;
        var mode = resource.Body.Attribute("networking_mode");
        if (mode is not null && !mode.Value.IsKnown)
        {
            yield return CouldNotEvaluate(resource, mode, "networking_mode", mode.Value);
        }
        else if (mode?.Value is TfString { Value: "ROUTES" })
        {
            yield return Report(resource, mode, $"{resource.Address} is routes-based: networking_mode = \"ROUTES\".");
        }
        else if (mode?.Value is not TfString && !resource.Body.Blocks("ip_allocation_policy").Any())
        {
            // Google provider 5.0+ defaults to VPC_NATIVE, older versions to ROUTES: which one applies is not in the code.
            yield return Report(resource, null, $"{resource.Address} may be routes-based: neither networking_mode nor ip_allocation_policy is set (VPC-native with google provider 5.0 or later, routes-based before).") with { Level = Level.Note };
        }
    }
}
