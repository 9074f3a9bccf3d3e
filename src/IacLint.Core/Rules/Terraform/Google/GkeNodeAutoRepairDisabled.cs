using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3167: unhealthy GKE nodes are not repaired automatically.</summary>
public sealed class GkeNodeAutoRepairDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3167",
        Name: "google-gke-node-auto-repair-disabled",
        Title: "GKE node pool has auto-repair off",
        Description: "A `google_container_node_pool` (or a `node_pool` block of a `google_container_cluster`) has `management.auto_repair = false` (the default is true).",
        Why: "Without auto-repair, nodes that fail health checks (a broken kubelet, a full disk) stay in the pool and their workloads stay degraded until someone notices.",
        HowToFix: "Set `management { auto_repair = true }`.",
        Example: """
            ```hcl
            management {
              auto_repair = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 2.0,
        Tags: ["reliability", "terraform", "google", "gke"],
        Area: AuditArea.Config,
        EquivalentIds: ["trivy:AVD-GCP-0063", "tfsec:google-gke-enable-auto-repair"],
        RelatedIds: ["checkov:CKV_GCP_9"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_container_node_pool", "google_container_cluster"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["management"];

    protected override IReadOnlyList<string> Attributes { get; } = ["auto_repair"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => true;

    protected override string Problem => "does not repair unhealthy nodes automatically";

    protected override IReadOnlyList<string> BlockPathFor(ResourceInstance resource) =>
        resource.Type == "google_container_cluster" ? ["node_pool", "management"] : BlockPath;
}
