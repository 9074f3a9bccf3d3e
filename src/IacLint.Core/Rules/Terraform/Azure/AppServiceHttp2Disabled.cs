using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2055: a web or function app does not use HTTP/2.</summary>
public sealed class AppServiceHttp2Disabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2055",
        Name: "azure-appservice-http2-disabled",
        Title: "App Service without HTTP/2",
        Description: "A web app or function app does not set `site_config.http2_enabled = true` (default false).",
        Why: "HTTP/2 removes head-of-line blocking and header overhead of HTTP/1.1 and is only offered over TLS; keeping apps on HTTP/1.1 gives up its performance and hardening improvements.",
        HowToFix: "Set `http2_enabled = true` in `site_config`.",
        Example: """
            ```hcl
            resource "azurerm_linux_web_app" "api" {
              site_config {
                http2_enabled = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 2.0,
        Tags: ["security", "terraform", "azure", "appservice"],
        Area: AuditArea.Config,
        EquivalentIds: ["trivy:AVD-AZU-0005", "tfsec:azure-appservice-enable-http2"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_18"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_app_service", "azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_function_app", "azurerm_linux_function_app", "azurerm_windows_function_app"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["site_config"];

    protected override IReadOnlyList<string> Attributes { get; } = ["http2_enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "does not use HTTP/2";
}
