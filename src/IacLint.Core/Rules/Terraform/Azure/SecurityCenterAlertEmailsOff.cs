using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2069: Defender for Cloud does not email security alerts.</summary>
public sealed class SecurityCenterAlertEmailsOff : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2069",
        Name: "azure-defender-alert-emails-off",
        Title: "Defender for Cloud alert emails switched off",
        Description: "An `azurerm_security_center_contact` sets `alert_notifications = false` (no alert emails to the contact) or `alerts_to_admins = false` (none to subscription owners); each is reported.",
        Why: "High-severity alerts (an active attack on a VM, a leaked key in use) that no one is emailed about wait for someone to open the portal.",
        HowToFix: "Set `alert_notifications = true` and `alerts_to_admins = true`.",
        Example: """
            ```hcl
            resource "azurerm_security_center_contact" "main" {
              email               = "security@example.com"
              alert_notifications = true
              alerts_to_admins    = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "azure", "security-center"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AZU-0063", "tfsec:azure-securitycenter-email-alerts-disabled"],
        Precision: Precision.High,
        RelatedIds: ["trivy:AVD-AZU-0044", "tfsec:azure-securitycenter-alert-on-severe-notifications", "checkov:CKV_AZURE_21", "checkov:CKV_AZURE_22"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_security_center_contact"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        foreach (var (name, who) in new[] { ("alert_notifications", "the security contact"), ("alerts_to_admins", "subscription owners") })
        {
            var flag = resource.Body.Attribute(name);
            if (flag is null) continue;
            if (!flag.Value.IsKnown) yield return CouldNotEvaluate(resource, flag, name, flag.Value);
            else if (IsFalse(flag.Value)) yield return Report(resource, flag, $"{resource.Address} does not email alerts to {who}: {name} = false.");
        }
    }
}
