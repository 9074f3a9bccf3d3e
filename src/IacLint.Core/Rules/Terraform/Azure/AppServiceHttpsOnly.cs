using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2051: a web or function app accepts plain HTTP.</summary>
public sealed class AppServiceHttpsOnly : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2051",
        Name: "azure-appservice-https-only",
        Title: "App Service accepts plain HTTP",
        Description: "A web app or function app (`azurerm_app_service`, `azurerm_linux_web_app`, `azurerm_windows_web_app`, `azurerm_function_app`, `azurerm_linux_function_app`, `azurerm_windows_function_app`) does not set `https_only = true` (default false).",
        Why: "Over plain HTTP, session cookies, tokens and form data travel in clear text and can be read or changed by anyone on the path; HTTPS-only redirects every request to TLS.",
        HowToFix: "Set `https_only = true`.",
        Example: """
            ```hcl
            resource "azurerm_linux_web_app" "api" {
              https_only = true
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.4,
        Tags: ["security", "terraform", "azure", "appservice"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-319",
        EquivalentIds: ["trivy:AVD-AZU-0072", "tfsec:azure-appservice-web-app-https-only", "trivy:AVD-AZU-0004", "tfsec:azure-appservice-enforce-https"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_14", "checkov:CKV_AZURE_70"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_app_service", "azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_function_app", "azurerm_linux_function_app", "azurerm_windows_function_app"];

    protected override IReadOnlyList<string> Attributes { get; } = ["https_only"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "accepts plain HTTP";
}
