using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2012: a storage account accepts connections from every network.</summary>
public sealed class StorageNetworkDefaultAllow : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2012",
        Name: "azure-storage-network-default-allow",
        Title: "Storage account network rules allow every network by default",
        Description: "An `azurerm_storage_account` has a `network_rules` block, or an `azurerm_storage_account_network_rules` resource, with `default_action = \"Allow\"`; or the account has no network rules at all (the default action is then Allow) and does not set `public_network_access_enabled = false`.",
        Why: "With the default action Allow, the account's endpoints accept requests from any network on the internet: one leaked key or SAS token is usable from anywhere, and nothing limits brute force or data exfiltration to known networks.",
        HowToFix: "Set `default_action = \"Deny\"` and allow the networks that need access with `ip_rules` and `virtual_network_subnet_ids` (or use private endpoints and `public_network_access_enabled = false`).",
        Example: """
            ```hcl
            resource "azurerm_storage_account" "data" {
              network_rules {
                default_action             = "Deny"
                virtual_network_subnet_ids = [azurerm_subnet.app.id]
                bypass                     = ["AzureServices"]
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "azure", "storage"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AZU-0012", "tfsec:azure-storage-default-action-deny", "checkov:CKV_AZURE_35"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_storage_account", "azurerm_storage_account_network_rules"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Type == "azurerm_storage_account_network_rules")
        {
            if (DefaultAction(resource, resource.Body.Attribute("default_action")) is { } finding) yield return finding;
            yield break;
        }
        var inline = resource.Body.Blocks("network_rules").ToList();
        foreach (var block in inline)
        {
            if (DefaultAction(resource, block.Attribute("default_action")) is { } finding) yield return finding;
        }
        if (inline.Count > 0 || IsFalse(resource.Body.Attribute("public_network_access_enabled")?.Value)) yield break;
        string[] references = ["storage_account_id", "storage_account_name"];
        if (Companions.For(configuration, resource, "azurerm_storage_account_network_rules", references).Any()) yield break;
        if (Companions.AnyUnresolved(configuration, resource, "azurerm_storage_account_network_rules", references))
        {
            yield return Report(resource, null, $"Could not tell whether {resource.Address} has network rules: an azurerm_storage_account_network_rules' account is known only after apply.") with { Level = Level.Note };
            yield break;
        }
        yield return Report(resource, null, $"{resource.Address} has no network rules: every network may connect (default action Allow).");
    }

    private Finding? DefaultAction(ResourceInstance resource, EvaluatedAttribute? action)
    {
        if (action is null) return null;
        if (!action.Value.IsKnown) return CouldNotEvaluate(resource, action, "default_action", action.Value);
        return action.Value is TfString { Value: var v } && v.Equals("Allow", StringComparison.OrdinalIgnoreCase)
            ? Report(resource, action, $"{resource.Address} lets every network connect: default_action = \"Allow\".")
            : null;
    }
}
