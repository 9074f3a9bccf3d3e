using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3162: a GKE cluster cannot enforce NetworkPolicy.</summary>
public sealed class GkeNetworkPolicyDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3162",
        Name: "google-gke-network-policy-disabled",
        Title: "GKE cluster does not enforce network policies",
        Description: "A standard `google_container_cluster` has `network_policy.enabled` false or no `network_policy` block, and does not use GKE Dataplane V2 (`datapath_provider = \"ADVANCED_DATAPATH\"`, which always enforces network policies). Autopilot clusters are skipped.",
        Why: "Without an enforcing network plugin, Kubernetes NetworkPolicy objects are silently ignored: every pod can reach every other pod, so one compromised workload reaches all databases and internal services.",
        HowToFix: "Use `datapath_provider = \"ADVANCED_DATAPATH\"` (Dataplane V2) for new clusters, or set `network_policy { enabled = true }` with `addons_config { network_policy_config { disabled = false } }`.",
        Example: """
            ```hcl
            resource "google_container_cluster" "main" {
              name     = "main"
              location = "europe-west1"
              datapath_provider = "ADVANCED_DATAPATH"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "google", "gke"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0056", "tfsec:google-gke-enable-network-policy"],
        RelatedIds: ["checkov:CKV_GCP_12"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_container_cluster"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (IsTrue(resource.Body.Attribute("enable_autopilot")?.Value)) yield break;
        var datapath = resource.Body.Attribute("datapath_provider");
        if (datapath is not null && !datapath.Value.IsKnown)
        {
            yield return CouldNotEvaluate(resource, datapath, "datapath_provider", datapath.Value);
            yield break;
        }
        if (datapath?.Value is TfString { Value: "ADVANCED_DATAPATH" }) yield break;
        var policies = resource.Body.Blocks("network_policy").ToList();
        if (policies.Count == 0)
        {
            yield return Report(resource, null, $"{resource.Address} does not enforce network policies: network_policy is not set and datapath_provider is not ADVANCED_DATAPATH.");
            yield break;
        }
        foreach (var policy in policies)
        {
            var enabled = policy.Attribute("enabled");
            if (enabled is not null && !enabled.Value.IsKnown) yield return CouldNotEvaluate(resource, enabled, "network_policy.enabled", enabled.Value);
            else if (enabled is null || GoogleBlocks.Flag(enabled.Value) == false)
            {
                yield return Report(resource, enabled, $"{resource.Address} does not enforce network policies: network_policy.enabled is {(enabled is null ? "not set" : "false")}.");
            }
        }
    }
}
