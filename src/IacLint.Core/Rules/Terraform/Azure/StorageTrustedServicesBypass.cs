using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2013: storage network rules shut out trusted Azure services.</summary>
public sealed class StorageTrustedServicesBypass : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2013",
        Name: "azure-storage-trusted-services-bypass",
        Title: "Storage network rules do not let trusted Azure services through",
        Description: "The `bypass` of a storage account's `network_rules` block, or of an `azurerm_storage_account_network_rules` resource, does not include `AzureServices`. (Unset means `[\"AzureServices\"]`.)",
        Why: "With network rules on and no `AzureServices` bypass, Azure Backup, Monitor diagnostic settings, Event Grid and other trusted services cannot reach the account, so teams tend to switch the network rules off altogether to make them work.",
        HowToFix: "Add `\"AzureServices\"` to `bypass` (with `\"Logging\"` and `\"Metrics\"` as needed).",
        Example: """
            ```hcl
            network_rules {
              default_action = "Deny"
              bypass         = ["AzureServices", "Metrics"]
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "azure", "storage"],
        Area: AuditArea.Config,
        EquivalentIds: ["trivy:AVD-AZU-0010", "tfsec:azure-storage-allow-microsoft-service-bypass"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_storage_account", "azurerm_storage_account_network_rules"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var bypasses = resource.Type == "azurerm_storage_account"
            ? resource.Body.Blocks("network_rules").Select(b => b.Attribute("bypass"))
            : [resource.Body.Attribute("bypass")];
        foreach (var bypass in bypasses)
        {
            if (bypass is null || bypass.Value is TfNull) continue;
            if (!bypass.Value.IsWhollyKnown) { yield return CouldNotEvaluate(resource, bypass, "bypass", bypass.Value); continue; }
            var items = TfConvert.Elements(bypass.Value) ?? [];
            if (!items.OfType<TfString>().Any(s => s.Value.Equals("AzureServices", StringComparison.OrdinalIgnoreCase)))
            {
                yield return Report(resource, bypass, $"{resource.Address} shuts out trusted Azure services: bypass does not include \"AzureServices\".");
            }
        }
    }
}
