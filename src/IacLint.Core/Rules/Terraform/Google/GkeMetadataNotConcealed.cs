using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3160: GKE pods can read the node's full metadata.</summary>
public sealed class GkeMetadataNotConcealed : GkeNodeConfigRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3160",
        Name: "google-gke-node-metadata-exposed",
        Title: "GKE node metadata is exposed to pods",
        Description: "A GKE `node_config` (of a cluster, an inline node pool or a `google_container_node_pool`) sets `workload_metadata_config.mode = \"GCE_METADATA\"` (or the older `node_metadata = \"EXPOSE\"` or `\"UNSPECIFIED\"`), which gives pods the node's full Compute Engine metadata server.",
        Why: "The node metadata server hands out the node service account's token and the kubelet bootstrap credentials; a pod that can read it can impersonate the node and escalate to cluster-wide access.",
        HowToFix: "Set `workload_metadata_config { mode = \"GKE_METADATA\" }` (Workload Identity's metadata server).",
        Example: """
            ```hcl
            node_config {
              workload_metadata_config {
                mode = "GKE_METADATA"
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.5,
        Tags: ["security", "terraform", "google", "gke"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-200",
        EquivalentIds: ["trivy:AVD-GCP-0057", "tfsec:google-gke-node-metadata-security"],
        RelatedIds: ["checkov:CKV_GCP_69"]);

    protected override IEnumerable<Finding> CheckNodeConfig(ResourceInstance resource, BlockView nodeConfig, string where)
    {
        foreach (var metadata in nodeConfig.Blocks("workload_metadata_config"))
        {
            foreach (var name in new[] { "mode", "node_metadata" })
            {
                var attribute = metadata.Attribute(name);
                if (attribute is null) continue;
                if (!attribute.Value.IsKnown) yield return CouldNotEvaluate(resource, attribute, $"{where}.workload_metadata_config.{name}", attribute.Value);
                else if (attribute.Value is TfString { Value: "GCE_METADATA" or "EXPOSE" or "UNSPECIFIED" } value)
                {
                    yield return Report(resource, attribute, $"{resource.Address} exposes the node metadata server to pods: {where}.workload_metadata_config.{name} = \"{value.Value}\".");
                }
            }
        }
    }
}
