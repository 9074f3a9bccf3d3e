using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2043: an AKS cluster enforces no network policy.</summary>
public sealed class AksNoNetworkPolicy : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2043",
        Name: "azure-aks-no-network-policy",
        Title: "AKS cluster without a network policy engine",
        Description: "An `azurerm_kubernetes_cluster` has no `network_profile.network_policy` (`azure`, `calico` or `cilium`).",
        Why: "Without a network policy engine every pod can reach every other pod and service in the cluster: Kubernetes NetworkPolicy objects are silently ignored, and a compromised pod can move laterally at will.",
        HowToFix: "Set `network_profile { network_plugin = \"azure\", network_policy = \"azure\" }` (or `calico`/`cilium`) when creating the cluster, then write NetworkPolicies.",
        Example: """
            ```hcl
            resource "azurerm_kubernetes_cluster" "main" {
              network_profile {
                network_plugin = "azure"
                network_policy = "calico"
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "azure", "aks"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AZU-0043", "tfsec:azure-container-configured-network-policy", "checkov:CKV_AZURE_7"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_kubernetes_cluster"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["network_profile"];

    protected override IReadOnlyList<string> Attributes { get; } = ["network_policy"];

    protected override string Problem => "enforces no network policy";

    protected override string? WhenMissing(ResourceInstance resource) => "is not set (NetworkPolicies are ignored)";

    protected override string? Judge(TfValue value, ResourceInstance resource) => value is TfString { Value.Length: 0 } ? $"= {Quote(value)}" : null;
}
