using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2042: an AKS cluster has Kubernetes RBAC switched off.</summary>
public sealed class AksRbacDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2042",
        Name: "azure-aks-rbac-disabled",
        Title: "AKS cluster with Kubernetes RBAC disabled",
        Description: "An `azurerm_kubernetes_cluster` sets `role_based_access_control_enabled = false` (azurerm 3.x and later; default true), or `role_based_access_control { enabled = false }` (older providers).",
        Why: "Without RBAC every authenticated user and service account has full control of the cluster: one compromised pod token or kubeconfig owns every workload and secret.",
        HowToFix: "Set `role_based_access_control_enabled = true` (it cannot be changed on an existing cluster; recreate it) and use Entra ID integration.",
        Example: """
            ```hcl
            resource "azurerm_kubernetes_cluster" "main" {
              role_based_access_control_enabled = true
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.0,
        Tags: ["security", "terraform", "azure", "aks"],
        Area: AuditArea.Access,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AZU-0042", "tfsec:azure-container-use-rbac-permissions", "checkov:CKV_AZURE_5"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_kubernetes_cluster"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var flags = new List<EvaluatedAttribute?> { resource.Body.Attribute("role_based_access_control_enabled") };
        flags.AddRange(resource.Body.Blocks("role_based_access_control").Select(b => b.Attribute("enabled")));
        foreach (var flag in flags)
        {
            if (flag is null) continue;
            if (!flag.Value.IsKnown) yield return CouldNotEvaluate(resource, flag, flag.Name, flag.Value);
            else if (IsFalse(flag.Value)) yield return Report(resource, flag, $"{resource.Address} has Kubernetes RBAC off: {(flag == flags[0] ? flag.Name : "role_based_access_control.enabled")} = false.");
        }
    }
}
