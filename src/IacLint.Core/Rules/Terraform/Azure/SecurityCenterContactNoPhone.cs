using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2070: the Defender for Cloud security contact has no phone number.</summary>
public sealed class SecurityCenterContactNoPhone : RequiredSettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2070",
        Name: "azure-defender-contact-no-phone",
        Title: "Security contact without a phone number",
        Description: "An `azurerm_security_center_contact` has no `phone`, or an empty one.",
        Why: "Microsoft calls the security contact when it detects that a subscription is compromised; without a phone number, urgent notifications rely on email alone.",
        HowToFix: "Set `phone` to a monitored phone number of the security team.",
        Example: """
            ```hcl
            resource "azurerm_security_center_contact" "main" {
              email = "security@example.com"
              phone = "+1-555-0100"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 2.0,
        Tags: ["security", "terraform", "azure", "security-center"],
        Area: AuditArea.Config,
        EquivalentIds: ["trivy:AVD-AZU-0046", "tfsec:azure-securitycenter-set-required-contact-details", "checkov:CKV_AZURE_20"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_security_center_contact"];

    protected override IReadOnlyList<string> Attributes { get; } = ["phone"];

    protected override string Problem => "has no phone number";
}
