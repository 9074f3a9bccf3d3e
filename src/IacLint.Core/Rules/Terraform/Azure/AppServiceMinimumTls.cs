using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2052: a web or function app accepts TLS older than 1.2.</summary>
public sealed class AppServiceMinimumTls : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2052",
        Name: "azure-appservice-minimum-tls",
        Title: "App Service allows TLS below 1.2",
        Description: "A web app or function app sets `site_config.minimum_tls_version` (or the older `min_tls_version`) to `1.0` or `1.1`. (Unset means 1.2.)",
        Why: "TLS 1.0 and 1.1 have known weaknesses and are deprecated; accepting them lets clients be downgraded and their traffic intercepted.",
        HowToFix: "Set `minimum_tls_version = \"1.2\"` (or `\"1.3\"`) in `site_config`, or remove it.",
        Example: """
            ```hcl
            resource "azurerm_linux_web_app" "api" {
              site_config {
                minimum_tls_version = "1.2"
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "azure", "appservice"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-326",
        EquivalentIds: ["trivy:AVD-AZU-0006", "tfsec:azure-appservice-use-secure-tls-policy"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_15", "checkov:CKV_AZURE_145"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_app_service", "azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_function_app", "azurerm_linux_function_app", "azurerm_windows_function_app"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["site_config"];

    protected override IReadOnlyList<string> Attributes { get; } = ["minimum_tls_version", "min_tls_version"];

    protected override string Problem => "accepts TLS below 1.2";

    protected override string? WhenMissing(ResourceInstance resource) => null;

    protected override string? Judge(TfValue value, ResourceInstance resource) => value is TfString { Value: "1.0" or "1.1" } || (value is TfNumber n && n.Value < 1.2) ? $"= {Quote(value)}" : null;
}
