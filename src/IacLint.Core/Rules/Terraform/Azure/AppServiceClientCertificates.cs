using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2056: a web app does not ask for client certificates.</summary>
public sealed class AppServiceClientCertificates : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2056",
        Name: "azure-appservice-client-certificates",
        Title: "Web app does not require client certificates",
        Description: "An `azurerm_app_service`, `azurerm_linux_web_app` or `azurerm_windows_web_app` does not set `client_certificate_enabled` (or the older `client_cert_enabled`) to true (default false).",
        Why: "For APIs called only by known systems, mutual TLS makes sure only clients holding a trusted certificate can connect at all, so stolen passwords or tokens alone are not enough.",
        HowToFix: "Set `client_certificate_enabled = true` (and `client_certificate_mode = \"Required\"`) where callers can present certificates; suppress with a reason for public sites.",
        Example: """
            ```hcl
            resource "azurerm_linux_web_app" "api" {
              client_certificate_enabled = true
              client_certificate_mode    = "Required"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 2.0,
        Tags: ["security", "terraform", "azure", "appservice"],
        Area: AuditArea.Access,
        Cwe: "CWE-295",
        EquivalentIds: ["trivy:AVD-AZU-0001", "tfsec:azure-appservice-require-client-cert"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_17"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_app_service", "azurerm_linux_web_app", "azurerm_windows_web_app"];

    protected override IReadOnlyList<string> Attributes { get; } = ["client_certificate_enabled", "client_cert_enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "does not require client certificates";
}
