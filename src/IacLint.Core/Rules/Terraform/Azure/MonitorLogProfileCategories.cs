using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2067: the activity log profile leaves out some categories.</summary>
public sealed class MonitorLogProfileCategories : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2067",
        Name: "azure-monitor-activity-log-categories",
        Title: "Activity log profile does not capture all categories",
        Description: "An `azurerm_monitor_log_profile` does not list all of `Action`, `Delete` and `Write` in `categories`.",
        Why: "Each category left out (writes, deletes, actions such as listing keys) is a class of changes to the subscription that leaves no record in the exported activity log.",
        HowToFix: "Set `categories = [\"Action\", \"Delete\", \"Write\"]`.",
        Example: """
            ```hcl
            resource "azurerm_monitor_log_profile" "main" {
              categories = ["Action", "Delete", "Write"]
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "azure", "monitor"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AZU-0033", "tfsec:azure-monitor-capture-all-activities", "checkov:CKV_AZURE_38"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_monitor_log_profile"];

    protected override IReadOnlyList<string> Attributes { get; } = ["categories"];

    protected override string Problem => "does not capture all activity categories";

    protected override string? WhenMissing(ResourceInstance resource) => "is not set (no categories)";

    protected override string? Judge(TfValue value, ResourceInstance resource) => !new[] { "Action", "Delete", "Write" }.All(c => (TfConvert.Elements(value) ?? []).OfType<TfString>().Any(s => s.Value.Equals(c, StringComparison.OrdinalIgnoreCase))) ? $"= [{string.Join(", ", Strings(value))}]" : null;
}
