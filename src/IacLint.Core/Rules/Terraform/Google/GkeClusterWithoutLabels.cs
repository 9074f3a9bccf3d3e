using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3169: a GKE cluster has no labels.</summary>
public sealed class GkeClusterWithoutLabels : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3169",
        Name: "google-gke-no-labels",
        Title: "GKE cluster has no resource labels",
        Description: "A `google_container_cluster` has no `resource_labels` (or an empty map). A note: labels are housekeeping, not a security control.",
        Why: "Labels (team, environment, cost center) are how billing reports, inventory and policies find the cluster's resources; unlabelled clusters end up unowned.",
        HowToFix: "Add `resource_labels` with at least the owning team and the environment.",
        Example: """
            ```hcl
            resource "google_container_cluster" "main" {
              name     = "main"
              location = "europe-west1"
              resource_labels = {
                team        = "payments"
                environment = "production"
              }
            }
            ```
            """,
        DefaultLevel: Level.Note,
        SecuritySeverity: null,
        Tags: ["reliability", "terraform", "google", "gke"],
        Area: AuditArea.Config,
        EquivalentIds: ["trivy:AVD-GCP-0051", "tfsec:google-gke-use-cluster-labels"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_container_cluster"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var labels = resource.Body.Attribute("resource_labels");
        if (labels is not null && !labels.Value.IsKnown) yield break;
        if (labels?.Value is TfObject { Attributes.Count: > 0 }) yield break;
        yield return Report(resource, labels, $"{resource.Address} has no resource_labels.");
    }
}
