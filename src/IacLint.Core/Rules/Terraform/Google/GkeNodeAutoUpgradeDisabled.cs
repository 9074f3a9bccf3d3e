using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3166: a GKE node pool is not upgraded automatically.</summary>
public sealed class GkeNodeAutoUpgradeDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3166",
        Name: "google-gke-node-auto-upgrade-disabled",
        Title: "GKE node pool has auto-upgrade off",
        Description: "A `google_container_node_pool` (or a `node_pool` block of a `google_container_cluster`) has `management.auto_upgrade = false` (the default is true).",
        Why: "Nodes that are not upgraded fall behind the control plane and miss security patches for the kernel, container runtime and kubelet; old versions also fall out of support.",
        HowToFix: "Set `management { auto_upgrade = true }` and use maintenance windows and a release channel to control when upgrades happen.",
        Example: """
            ```hcl
            resource "google_container_node_pool" "default" {
              cluster = google_container_cluster.main.id
              management {
                auto_upgrade = true
                auto_repair  = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "google", "gke"],
        Area: AuditArea.Patching,
        Cwe: "CWE-1104",
        EquivalentIds: ["trivy:AVD-GCP-0058", "tfsec:google-gke-enable-auto-upgrade"],
        RelatedIds: ["checkov:CKV_GCP_10"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_container_node_pool", "google_container_cluster"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["management"];

    protected override IReadOnlyList<string> Attributes { get; } = ["auto_upgrade"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => true;

    protected override string Problem => "is not upgraded automatically";

    protected override IReadOnlyList<string> BlockPathFor(ResourceInstance resource) =>
        resource.Type == "google_container_cluster" ? ["node_pool", "management"] : BlockPath;
}
