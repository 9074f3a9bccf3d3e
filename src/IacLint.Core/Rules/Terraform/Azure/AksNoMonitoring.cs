using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2048: an AKS cluster does not send logs to Azure Monitor.</summary>
public sealed class AksNoMonitoring : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2048",
        Name: "azure-aks-no-monitoring",
        Title: "AKS cluster without Azure Monitor (OMS agent) logging",
        Description: "An `azurerm_kubernetes_cluster` has no `oms_agent` block (azurerm 3.x and later) and no `addon_profile { oms_agent { enabled = true } }` (older providers).",
        Why: "Without Container Insights, container logs, node and pod metrics and Kubernetes events are not collected centrally: incidents cannot be investigated once pods are gone.",
        HowToFix: "Add `oms_agent { log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id }`.",
        Example: """
            ```hcl
            resource "azurerm_kubernetes_cluster" "main" {
              oms_agent {
                log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "azure", "aks"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AZU-0040", "tfsec:azure-container-logging", "checkov:CKV_AZURE_4"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_kubernetes_cluster"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Body.Blocks("oms_agent").Any()) yield break;
        var legacy = resource.Body.Blocks("addon_profile").SelectMany(b => b.Blocks("oms_agent")).Select(b => b.Attribute("enabled")).FirstOrDefault(a => a is not null);
        if (legacy is not null && !legacy.Value.IsKnown) { yield return CouldNotEvaluate(resource, legacy, "addon_profile.oms_agent.enabled", legacy.Value); yield break; }
        if (legacy is not null && IsTrue(legacy.Value)) yield break;
        yield return legacy is not null
            ? Report(resource, legacy, $"{resource.Address} sends no logs to Azure Monitor: addon_profile.oms_agent.enabled = false.")
            : Report(resource, null, $"{resource.Address} sends no logs to Azure Monitor: no oms_agent.");
    }
}
