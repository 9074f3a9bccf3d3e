using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2076: a container registry is reachable from every network.</summary>
public sealed class ContainerRegistryPublicNetwork : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2076",
        Name: "azure-acr-public-network",
        Title: "Container registry has public network access enabled",
        Description: "An `azurerm_container_registry` does not set `public_network_access_enabled = false` (default true), and has no `network_rule_set` with `default_action = \"Deny\"`.",
        Why: "A registry open to the internet lets anyone with a leaked token push poisoned images or pull proprietary ones from anywhere; private endpoints or network rules keep it to your networks.",
        HowToFix: "Set `public_network_access_enabled = false` and use private endpoints (Premium SKU), or add a `network_rule_set { default_action = \"Deny\" }` with the ranges that need access.",
        Example: """
            ```hcl
            resource "azurerm_container_registry" "main" {
              sku                           = "Premium"
              public_network_access_enabled = false
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "azure", "container-registry"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        RelatedIds: ["checkov:CKV_AZURE_139"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_container_registry"];

    protected override IReadOnlyList<string> Attributes { get; } = ["public_network_access_enabled"];

    protected override bool SafeValue => false;

    protected override bool DefaultValue => true;

    protected override string Problem => "is reachable from every network";

    protected override bool Applies(ResourceInstance resource) =>
        !resource.Body.Blocks("network_rule_set").Any(b => b.Get("default_action") is TfString { Value: var action } && action.Equals("Deny", StringComparison.OrdinalIgnoreCase));
}
