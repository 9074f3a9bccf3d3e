using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2008: NSG flow logs are kept for less than 90 days.</summary>
public sealed class FlowLogRetention : ResourceRule
{
    private const int MinimumDays = 90;

    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2008",
        Name: "azure-network-flow-log-retention",
        Title: "Network Watcher flow logs kept for less than 90 days",
        Description: "An `azurerm_network_watcher_flow_log` has no `retention_policy`, has it disabled, or keeps logs for fewer than 90 days (`days = 0` keeps them forever and is fine).",
        Why: "Flow logs are how an investigation finds which hosts a compromised machine talked to; intrusions are typically discovered weeks after they start, and logs deleted after a few days leave nothing to investigate.",
        HowToFix: "Add `retention_policy { enabled = true, days = 90 }` (or more; 0 keeps logs forever).",
        Example: """
            ```hcl
            resource "azurerm_network_watcher_flow_log" "nsg" {
              retention_policy {
                enabled = true
                days    = 90
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "azure", "network"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AZU-0049", "tfsec:azure-network-retention-policy-set", "checkov:CKV_AZURE_12"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_network_watcher_flow_log"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var policies = resource.Body.Blocks("retention_policy").ToList();
        if (policies.Count == 0)
        {
            yield return Report(resource, null, $"{resource.Address} has no retention_policy: flow logs are not kept for {MinimumDays} days.");
            yield break;
        }
        foreach (var policy in policies)
        {
            var enabled = policy.Attribute("enabled");
            if (enabled is not null && !enabled.Value.IsKnown) { yield return CouldNotEvaluate(resource, enabled, "retention_policy.enabled", enabled.Value); continue; }
            if (enabled is null || IsFalse(enabled.Value))
            {
                yield return Report(resource, enabled, $"{resource.Address} has its flow log retention policy disabled: retention_policy.enabled = false.");
                continue;
            }
            var days = policy.Attribute("days");
            if (days is null) { yield return Report(resource, null, $"{resource.Address} keeps flow logs for no set time: retention_policy.days is not set."); continue; }
            if (!days.Value.IsKnown) { yield return CouldNotEvaluate(resource, days, "retention_policy.days", days.Value); continue; }
            if (TfConvert.TryNumber(days.Value, out var n) && n > 0 && n < MinimumDays)
            {
                yield return Report(resource, days, $"{resource.Address} keeps flow logs for {n} days: retention_policy.days is below {MinimumDays}.");
            }
        }
    }
}
