using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2047: an AKS cluster does not run the Azure Policy add-on.</summary>
public sealed class AksNoAzurePolicy : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2047",
        Name: "azure-aks-no-azure-policy",
        Title: "AKS cluster without the Azure Policy add-on",
        Description: "An `azurerm_kubernetes_cluster` does not set `azure_policy_enabled = true` (default false), nor, with older providers, `addon_profile { azure_policy { enabled = true } }`.",
        Why: "The Azure Policy add-on (Gatekeeper) enforces pod security and other guardrails at admission; without it, privileged or host-mounting pods are admitted and only found, if at all, by later scans.",
        HowToFix: "Set `azure_policy_enabled = true` and assign the Kubernetes policy initiatives you need.",
        Example: """
            ```hcl
            resource "azurerm_kubernetes_cluster" "main" {
              azure_policy_enabled = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "azure", "aks"],
        Area: AuditArea.Config,
        EquivalentIds: ["trivy:AVD-AZU-0066", "tfsec:azure-container-enable-azure-policy-addon", "checkov:CKV_AZURE_116"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_kubernetes_cluster"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var flag = resource.Body.Attribute("azure_policy_enabled");
        var name = flag is null ? "addon_profile.azure_policy.enabled" : "azure_policy_enabled";
        flag ??= resource.Body.Blocks("addon_profile").SelectMany(b => b.Blocks("azure_policy")).Select(b => b.Attribute("enabled")).FirstOrDefault(a => a is not null);
        if (flag is null || flag.Value is TfNull)
        {
            yield return Report(resource, flag, $"{resource.Address} has no Azure Policy add-on: azure_policy_enabled is not set (default false).");
            yield break;
        }
        if (!flag.Value.IsKnown) yield return CouldNotEvaluate(resource, flag, name, flag.Value);
        else if (IsFalse(flag.Value)) yield return Report(resource, flag, $"{resource.Address} has no Azure Policy add-on: {name} = false.");
    }
}
