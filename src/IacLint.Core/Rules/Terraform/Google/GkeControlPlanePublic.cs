using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3157: a GKE control plane authorizes 0.0.0.0/0.</summary>
public sealed class GkeControlPlanePublic : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3157",
        Name: "google-gke-control-plane-open",
        Title: "GKE master authorized networks include the whole internet",
        Description: "A `cidr_blocks` entry of a `google_container_cluster`'s `master_authorized_networks_config` is `0.0.0.0/0` (or `::/0`), which authorizes every address to reach the Kubernetes API.",
        Why: "An authorized network of 0.0.0.0/0 defeats the control: the API server is reachable from anywhere, as if no authorized networks were configured.",
        HowToFix: "Replace `0.0.0.0/0` with the ranges that administer the cluster.",
        Example: """
            ```hcl
            master_authorized_networks_config {
              cidr_blocks {
                cidr_block   = "203.0.113.0/24" # instead of 0.0.0.0/0
                display_name = "office"
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.2,
        Tags: ["security", "terraform", "google", "gke"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0053", "tfsec:google-gke-no-public-control-plane"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_container_cluster"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["master_authorized_networks_config", "cidr_blocks"];

    protected override string Attribute => "cidr_block";

    protected override bool UnsetIsSafe => true;

    protected override bool IsSafe(TfValue value) => value is not TfString s || !GoogleBlocks.IsWholeInternet(s.Value);

    protected override string Problem => "authorizes the whole internet to reach the Kubernetes API";
}
