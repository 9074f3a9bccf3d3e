using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2044: an AKS cluster's API server has a public endpoint.</summary>
public sealed class AksNotPrivate : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2044",
        Name: "azure-aks-not-private",
        Title: "AKS cluster is not private",
        Description: "An `azurerm_kubernetes_cluster` does not set `private_cluster_enabled = true` (default false): its API server has a public endpoint.",
        Why: "A public API server can be reached, scanned and attacked from the internet; Kubernetes API vulnerabilities and leaked kubeconfigs are then exploitable from anywhere. A private cluster keeps the API server on the virtual network.",
        HowToFix: "Set `private_cluster_enabled = true` (at creation), or at least restrict `api_server_access_profile.authorized_ip_ranges` (IAC2045).",
        Example: """
            ```hcl
            resource "azurerm_kubernetes_cluster" "main" {
              private_cluster_enabled = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "azure", "aks"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AZU-0065", "tfsec:azure-container-enable-private-cluster", "checkov:CKV_AZURE_115"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_kubernetes_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["private_cluster_enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "has a public API server";
}
