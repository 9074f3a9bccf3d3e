using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3158: GKE nodes get public IP addresses.</summary>
public sealed class GkePrivateNodesDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3158",
        Name: "google-gke-private-nodes-disabled",
        Title: "GKE nodes have public IP addresses",
        Description: "A `google_container_cluster` has `private_cluster_config.enable_private_nodes` false, or no `private_cluster_config` (the default is public nodes).",
        Why: "Nodes with public addresses can be reached from the internet wherever a firewall rule or a NodePort service allows it, and their kubelets and workloads become directly attackable.",
        HowToFix: "Add `private_cluster_config { enable_private_nodes = true, master_ipv4_cidr_block = ... }` and give the nodes outbound access through Cloud NAT.",
        Example: """
            ```hcl
            resource "google_container_cluster" "main" {
              name     = "main"
              location = "europe-west1"
              private_cluster_config {
                enable_private_nodes    = true
                enable_private_endpoint = false
                master_ipv4_cidr_block  = "172.16.0.0/28"
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.5,
        Tags: ["security", "terraform", "google", "gke"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0059", "tfsec:google-gke-enable-private-cluster"],
        RelatedIds: ["checkov:CKV_GCP_25"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_container_cluster"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["private_cluster_config"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enable_private_nodes"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "gives its nodes public IP addresses";
}
