using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2022: a key vault accepts connections from every network.</summary>
public sealed class KeyVaultNetworkAclsAllow : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2022",
        Name: "azure-keyvault-network-default-allow",
        Title: "Key vault reachable from every network",
        Description: "An `azurerm_key_vault` has no `network_acls` block (every network may connect) or one with `default_action = \"Allow\"`.",
        Why: "A vault reachable from any network lets stolen credentials be used from anywhere to read secrets and keys; restricting it to known networks and private endpoints means a leaked token alone is not enough.",
        HowToFix: "Add `network_acls { default_action = \"Deny\", bypass = \"AzureServices\" }` with the `ip_rules` and `virtual_network_subnet_ids` that need access, or use a private endpoint.",
        Example: """
            ```hcl
            resource "azurerm_key_vault" "main" {
              network_acls {
                default_action             = "Deny"
                bypass                     = "AzureServices"
                virtual_network_subnet_ids = [azurerm_subnet.app.id]
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "azure", "keyvault"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AZU-0013", "tfsec:azure-keyvault-specify-network-acl", "checkov:CKV_AZURE_109"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_key_vault"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["network_acls"];

    protected override IReadOnlyList<string> Attributes { get; } = ["default_action"];

    protected override string Problem => "is reachable from every network";

    protected override string? WhenMissing(ResourceInstance resource) => "is not set (default Allow)";

    protected override string? Judge(TfValue value, ResourceInstance resource) => value is TfString { Value: var action } && action.Equals("Allow", StringComparison.OrdinalIgnoreCase) ? $"= {Quote(value)}" : null;

    protected override string? WhenBlockMissing(ResourceInstance resource) => "is not set (no network_acls, so every network may connect)";
}
