using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3161: a GKE cluster turns Shielded GKE Nodes off.</summary>
public sealed class GkeShieldedNodesDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3161",
        Name: "google-gke-shielded-nodes-disabled",
        Title: "GKE cluster has Shielded GKE Nodes off",
        Description: "A `google_container_cluster` has `enable_shielded_nodes = false` (the default is true).",
        Why: "Shielded GKE Nodes prove the node's identity and boot integrity to the control plane; without them an attacker who reads a node's bootstrap credentials can register a rogue node and receive the cluster's secrets.",
        HowToFix: "Remove `enable_shielded_nodes = false` (or set it to true).",
        Example: """
            ```hcl
            resource "google_container_cluster" "main" {
              name     = "main"
              location = "europe-west1"
              enable_shielded_nodes = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.5,
        Tags: ["security", "terraform", "google", "gke"],
        Area: AuditArea.Config,
        Cwe: "CWE-693",
        EquivalentIds: ["trivy:AVD-GCP-0055", "tfsec:google-gke-node-shielding-enabled"],
        RelatedIds: ["checkov:CKV_GCP_71"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_container_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enable_shielded_nodes"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => true;

    protected override string Problem => "has Shielded GKE Nodes off";
}
