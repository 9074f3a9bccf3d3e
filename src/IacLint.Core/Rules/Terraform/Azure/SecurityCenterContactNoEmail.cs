using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2071: the Defender for Cloud security contact has no email address.</summary>
public sealed class SecurityCenterContactNoEmail : RequiredSettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2071",
        Name: "azure-defender-contact-no-email",
        Title: "Security contact without a email address",
        Description: "An `azurerm_security_center_contact` has no `email`, or an empty one.",
        Why: "Security alerts and Microsoft's notices about a compromised subscription are sent to the contact's email address; without one they reach no one.",
        HowToFix: "Set `email` to a monitored email address of the security team.",
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
        EquivalentIds: ["trivy:AVD-AZU-0062", "tfsec:azure-securitycenter-security-contact-email"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_security_center_contact"];

    protected override IReadOnlyList<string> Attributes { get; } = ["email"];

    protected override string Problem => "has no email address";
}
