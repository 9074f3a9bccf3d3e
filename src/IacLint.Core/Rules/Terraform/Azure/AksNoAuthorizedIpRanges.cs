using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2045: a public AKS API server accepts every address.</summary>
public sealed class AksNoAuthorizedIpRanges : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2045",
        Name: "azure-aks-api-open-to-internet",
        Title: "AKS public API server without authorized IP ranges",
        Description: "An `azurerm_kubernetes_cluster` that is not private (`private_cluster_enabled` not true) has no `api_server_access_profile.authorized_ip_ranges` (or, in azurerm 3.x, `api_server_authorized_ip_ranges`), or an empty list.",
        Why: "Without authorized IP ranges the public Kubernetes API server accepts connections from every address on the internet, so any leaked credential or API server vulnerability is exploitable from anywhere.",
        HowToFix: "Set `api_server_access_profile { authorized_ip_ranges = [...] }` to your CI/CD and admin ranges, or make the cluster private.",
        Example: """
            ```hcl
            resource "azurerm_kubernetes_cluster" "main" {
              api_server_access_profile {
                authorized_ip_ranges = ["203.0.113.0/24"]
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "azure", "aks"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AZU-0041", "tfsec:azure-container-limit-authorized-ips"],
        RelatedIds: ["checkov:CKV_AZURE_6"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_kubernetes_cluster"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (IsTrue(resource.Body.Attribute("private_cluster_enabled")?.Value)) yield break;
        var ranges = resource.Body.Blocks("api_server_access_profile").Select(b => b.Attribute("authorized_ip_ranges"))
            .Append(resource.Body.Attribute("api_server_authorized_ip_ranges"))
            .FirstOrDefault(a => a is not null && a.Value is not TfNull);
        if (ranges is null)
        {
            yield return Report(resource, null, $"{resource.Address} has a public API server open to every address: no api_server_access_profile.authorized_ip_ranges.");
            yield break;
        }
        if (!ranges.Value.IsKnown) yield return CouldNotEvaluate(resource, ranges, ranges.Name, ranges.Value);
        else if (TfConvert.Elements(ranges.Value) is { Count: 0 }) yield return Report(resource, ranges, $"{resource.Address} has a public API server open to every address: {ranges.Name} is empty.");
    }
}
