using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2066: the activity log is kept for less than a year.</summary>
public sealed class MonitorLogProfileRetention : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2066",
        Name: "azure-monitor-activity-log-retention",
        Title: "Activity log profile keeps logs for less than a year",
        Description: "An `azurerm_monitor_log_profile` has no `retention_policy`, or an enabled one with `days` below 365.",
        Why: "The activity log records who created, changed or deleted resources and role assignments; investigations and audits regularly need to look back further than the 90 days Azure keeps by default.",
        HowToFix: "Set `retention_policy { enabled = true, days = 365 }` (or export the activity log to a workspace or storage kept for a year).",
        Example: """
            ```hcl
            resource "azurerm_monitor_log_profile" "main" {
              retention_policy {
                enabled = true
                days    = 365
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "azure", "monitor"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AZU-0031", "tfsec:azure-monitor-activity-log-retention-set", "checkov:CKV_AZURE_37"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_monitor_log_profile"];

    private const int MinimumDays = 365;

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var policies = resource.Body.Blocks("retention_policy").ToList();
        if (policies.Count == 0) { yield return Report(resource, null, $"{resource.Address} has no retention_policy: activity logs are not kept for {MinimumDays} days."); yield break; }
        foreach (var policy in policies)
        {
            var enabled = policy.Attribute("enabled");
            if (enabled is null || IsFalse(enabled.Value)) continue;
            if (!enabled.Value.IsKnown) { yield return CouldNotEvaluate(resource, enabled, "retention_policy.enabled", enabled.Value); continue; }
            var days = policy.Attribute("days");
            if (days is null) { yield return Report(resource, enabled, $"{resource.Address} keeps activity logs for no set time: retention_policy.days is not set."); continue; }
            if (!days.Value.IsKnown) { yield return CouldNotEvaluate(resource, days, "retention_policy.days", days.Value); continue; }
            if (TfConvert.TryNumber(days.Value, out var n) && n < MinimumDays)
            {
                yield return Report(resource, days, $"{resource.Address} keeps activity logs for {n} days: retention_policy.days is below {MinimumDays}.");
            }
        }
    }
}
