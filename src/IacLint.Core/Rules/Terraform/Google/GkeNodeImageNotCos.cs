using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3168: GKE nodes run an image other than Container-Optimized OS.</summary>
public sealed class GkeNodeImageNotCos : GkeNodeConfigRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3168",
        Name: "google-gke-node-image-not-cos",
        Title: "GKE nodes do not run Container-Optimized OS",
        Description: "A GKE `node_config` sets `image_type` to something other than Container-Optimized OS (`COS_CONTAINERD`, `COS`). Unset is fine: the default is `COS_CONTAINERD`.",
        Why: "Container-Optimized OS has a read-only root file system, a minimal package set and automatic security updates; general-purpose images (Ubuntu, Windows) have a larger attack surface and need their own patching.",
        HowToFix: "Set `image_type = \"COS_CONTAINERD\"` (or remove it), unless the workload needs another image (Windows nodes, special kernel modules) - then suppress with a reason.",
        Example: """
            ```hcl
            node_config {
              image_type = "COS_CONTAINERD"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.5,
        Tags: ["security", "terraform", "google", "gke"],
        Area: AuditArea.Config,
        Cwe: "CWE-693",
        EquivalentIds: ["trivy:AVD-GCP-0054", "tfsec:google-gke-node-pool-uses-cos"],
        RelatedIds: ["checkov:CKV_GCP_22"]);

    protected override IEnumerable<Finding> CheckNodeConfig(ResourceInstance resource, BlockView nodeConfig, string where)
    {
        var image = nodeConfig.Attribute("image_type");
        if (image is null || image.Value is TfNull) yield break;
        if (!image.Value.IsKnown) yield return CouldNotEvaluate(resource, image, $"{where}.image_type", image.Value);
        else if (image.Value is TfString { Value: var value } && !value.StartsWith("COS", StringComparison.OrdinalIgnoreCase))
        {
            yield return Report(resource, image, $"{resource.Address} does not run Container-Optimized OS: {where}.image_type = \"{value}\".");
        }
    }
}
