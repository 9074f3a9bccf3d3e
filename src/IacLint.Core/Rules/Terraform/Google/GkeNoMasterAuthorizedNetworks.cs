using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3156: a GKE control plane accepts connections from any address.</summary>
public sealed class GkeNoMasterAuthorizedNetworks : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3156",
        Name: "google-gke-no-master-authorized-networks",
        Title: "GKE control plane has no authorized networks",
        Description: "A `google_container_cluster` has no `master_authorized_networks_config` block, so its public Kubernetes API endpoint accepts connections from any address (clusters with `private_cluster_config.enable_private_endpoint = true` have no public endpoint and are skipped).",
        Why: "The Kubernetes API is the cluster's front door: open to the internet, every API vulnerability and every leaked kubeconfig or token can be used from anywhere.",
        HowToFix: "Add `master_authorized_networks_config` with `cidr_blocks` for the ranges that administer the cluster (office, VPN, CI), or make the endpoint private.",
        Example: """
            ```hcl
            resource "google_container_cluster" "main" {
              name     = "main"
              location = "europe-west1"
              master_authorized_networks_config {
                cidr_blocks {
                  cidr_block   = "10.10.0.0/16"
                  display_name = "vpn"
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "google", "gke"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0061", "tfsec:google-gke-enable-master-networks"],
        RelatedIds: ["checkov:CKV_GCP_20"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_container_cluster"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Body.Blocks("master_authorized_networks_config").Any()) yield break;
        if (GoogleBlocks.Nested(resource, ["private_cluster_config"]).Any(b => b.Get("enable_private_endpoint") is { } p && GoogleBlocks.Flag(p) == true)) yield break;
        yield return Report(resource, null, $"{resource.Address} accepts Kubernetes API connections from any address: master_authorized_networks_config is not set.");
    }
}
