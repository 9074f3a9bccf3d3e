using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2068: Defender for Cloud is on the free tier for a resource type.</summary>
public sealed class SecurityCenterFreeTier : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2068",
        Name: "azure-defender-free-tier",
        Title: "Microsoft Defender for Cloud plan on the Free tier",
        Description: "An `azurerm_security_center_subscription_pricing` sets `tier = \"Free\"`.",
        Why: "The Free tier only gives posture recommendations; threat detection for servers, databases, storage, containers and Key Vault (alerts on brute force, malware, anomalous access) needs the Standard tier.",
        HowToFix: "Set `tier = \"Standard\"` for the resource types you run.",
        Example: """
            ```hcl
            resource "azurerm_security_center_subscription_pricing" "servers" {
              tier          = "Standard"
              resource_type = "VirtualMachines"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "azure", "security-center"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AZU-0045", "tfsec:azure-securitycenter-enable-standard-subscription"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_19"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_security_center_subscription_pricing"];

    protected override IReadOnlyList<string> Attributes { get; } = ["tier"];

    protected override string Problem => "has no threat detection";

    protected override string? WhenMissing(ResourceInstance resource) => null;

    protected override string? Judge(TfValue value, ResourceInstance resource) => value is TfString { Value: var tier } && tier.Equals("Free", StringComparison.OrdinalIgnoreCase) ? $"= {Quote(value)}" : null;
}
