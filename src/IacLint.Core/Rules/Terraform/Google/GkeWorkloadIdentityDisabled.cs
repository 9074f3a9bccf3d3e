using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3159: a GKE cluster has no Workload Identity.</summary>
public sealed class GkeWorkloadIdentityDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3159",
        Name: "google-gke-workload-identity-disabled",
        Title: "GKE cluster does not use Workload Identity",
        Description: "A standard `google_container_cluster` has no `workload_identity_config` with a `workload_pool` (Autopilot clusters always use Workload Identity and are skipped).",
        Why: "Without Workload Identity, pods authenticate to Google APIs as the node's service account (shared by every pod on the node) or with exported service account keys; either way one compromised pod gets the permissions of all.",
        HowToFix: "Add `workload_identity_config { workload_pool = \"<project>.svc.id.goog\" }`, set `workload_metadata_config { mode = \"GKE_METADATA\" }` on node pools, and bind Kubernetes service accounts to Google service accounts.",
        Example: """
            ```hcl
            resource "google_container_cluster" "main" {
              name     = "main"
              location = "europe-west1"
              workload_identity_config {
                workload_pool = "acme-prod.svc.id.goog"
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "google", "gke"],
        Area: AuditArea.Access,
        Cwe: "CWE-522");

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_container_cluster"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (IsTrue(resource.Body.Attribute("enable_autopilot")?.Value)) yield break;
        var pools = resource.Body.Blocks("workload_identity_config").Select(b => b.Attribute("workload_pool")).ToList();
        if (pools.Any(p => p is not null && !p.Value.IsKnown))
        {
            var unknown = pools.First(p => p is not null && !p.Value.IsKnown)!;
            yield return CouldNotEvaluate(resource, unknown, "workload_identity_config.workload_pool", unknown.Value);
        }
        else if (!pools.Any(p => p?.Value is TfString { Value.Length: > 0 }))
        {
            yield return Report(resource, null, $"{resource.Address} does not use Workload Identity: workload_identity_config.workload_pool is not set.");
        }
    }
}
